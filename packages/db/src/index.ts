export {
  createDb,
  getDb,
  disconnectSharedDb,
  poolUsageOf,
  type Db,
  type CreateDbOptions,
  type DbPoolUsage,
} from "./client";
export { ConfigError } from "./config-error";
export { readDbEnv, requireDatabaseUrl, type DbEnv } from "./env";
export { assertReachable, describeServer, parseDatabaseUrl } from "./database-url";
export { listenToChannel, type ChannelListener, type ListenHandlers } from "./listen";
export { Prisma } from "./generated/prisma/client";
export * from "./generated/prisma/enums";
export type * from "./generated/prisma/models";
