// Test-database plumbing without Vitest, for Playwright's global setup and other runners.
export { provideTestServer, type TestServer } from "./test-server";
export {
  ensureMigratedTemplate,
  ensureTemplate,
  cloneTemplate,
  TEST_DATABASE_PREFIX,
} from "./template-database";
export { dropDatabase } from "../admin-sql";
