// Configuration for the Prisma CLI (generate, migrate deploy, migrate diff...).
// Prisma normally downloads native engines; we use the JavaScript schema engine through the
// pg driver adapter instead, so nothing is downloaded. See docs/decisions/0002-prisma-without-native-engines.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { defineConfig } from "prisma/config";

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * The pg adapter runs a migration script by splitting it on every ";", which cuts dollar-quoted
 * bodies (functions, DO blocks) apart. PostgreSQL's simple-query protocol takes the whole script
 * at once and runs it as one implicit transaction, so a migration applies entirely or not at all.
 */
class WholeScriptPg extends PrismaPg {
  override async connect() {
    const adapter = await super.connect();
    const pool = adapter.underlyingDriver();
    // The adapter's own conversion turns a pg error into the error Prisma reports with its message.
    const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        reportError(error);
      }
    };
    return adapter;
  }
}

// Point both engine variables at a file that exists so the CLI never tries to fetch a binary.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(here, "package.json");
process.env.PRISMA_QUERY_ENGINE_LIBRARY ??= path.join(here, "package.json");

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join(here, "../../prisma/schema.prisma"),
  migrations: { path: path.join(here, "../../prisma/migrations") },
  adapter: async () => {
    const connectionString = process.env.DATABASE_URL;
    if (!connectionString) {
      throw new Error("DATABASE_URL is not set: run this through `pnpm db:<command>`, which provides one.");
    }
    // allowExitOnIdle: the CLI would otherwise wait for idle pool connections to time out before exiting.
    return new WholeScriptPg({ connectionString, allowExitOnIdle: true });
  },
});
