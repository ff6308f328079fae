export {
  startEmbeddedPostgres,
  type EmbeddedPostgresOptions,
  type RunningPostgres,
} from "./embedded-postgres";
export { provideDatabase, DEFAULT_DATABASE_NAME, type ProvidedDatabase } from "./provide-database";
export { findFreePort, isPortFree } from "./port";
export { repoRoot } from "./repo-root";
