// Vitest global setup for packages with integration tests: chooses the server, makes sure the
// migrated template exists, and hands both to the test files through `inject("comptoirDatabase")`.
import { randomBytes } from "node:crypto";
import type { TestProject } from "vitest/node";
import { dropDatabase, listDatabases } from "../admin-sql";
import { TEST_DATABASE_PREFIX, ensureMigratedTemplate } from "./template-database";
import { provideTestServer } from "./test-server";

import type {} from "./test-database"; // declares the `comptoirDatabase` value provided below

export default async function setup(project: TestProject) {
  const server = await provideTestServer();
  const template = await ensureMigratedTemplate(server.serverUrl);
  const runId = randomBytes(3).toString("hex");
  project.provide("comptoirDatabase", { serverUrl: server.serverUrl, template, runId });

  return async () => {
    // Drop what this run's files left behind (a file that crashed before its afterAll).
    const leftovers = await listDatabases(server.serverUrl, `${TEST_DATABASE_PREFIX}${runId}_`);
    await Promise.all(leftovers.map((name) => dropDatabase(server.serverUrl, name)));
    await server.stop();
  };
}
