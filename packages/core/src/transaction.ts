import type { Db, Prisma } from "@comptoir/db";

/** A Prisma transaction client: what functions that must run inside a caller's transaction accept. */
export type Tx = Prisma.TransactionClient;

/** Either the client or a transaction: for reads and writes that may or may not be part of one. */
export type DbOrTx = Db | Tx;
