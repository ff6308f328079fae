// Vitest helpers: each test file gets its own freshly migrated database.
export { createTestDatabase, useTestDatabase, type TestDatabase } from "./test-database";
