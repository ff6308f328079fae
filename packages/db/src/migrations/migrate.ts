import { runPrisma, prismaFailure } from "./prisma-cli";

/** Applies every pending migration (`prisma migrate deploy`). Safe to run concurrently: Prisma takes a lock. */
export async function migrateDeploy(databaseUrl: string, options: { echo?: boolean } = {}): Promise<void> {
  const run = await runPrisma(["migrate", "deploy"], databaseUrl, options);
  if (run.code !== 0) throw new Error(`Applying migrations failed:\n${prismaFailure(run)}`);
}

/** Drops every object of the database and re-applies all migrations. */
export async function migrateReset(databaseUrl: string, options: { echo?: boolean } = {}): Promise<void> {
  const run = await runPrisma(
    ["migrate", "reset", "--force", "--skip-seed", "--skip-generate"],
    databaseUrl,
    options,
  );
  if (run.code !== 0) throw new Error(`Resetting the database failed:\n${prismaFailure(run)}`);
}

export async function migrateStatus(databaseUrl: string): Promise<{ upToDate: boolean; report: string }> {
  const run = await runPrisma(["migrate", "status"], databaseUrl);
  return { upToDate: run.code === 0, report: prismaFailure(run) };
}
