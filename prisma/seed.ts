// `pnpm db:seed` (or `tsx prisma/seed.ts` with DATABASE_URL set): loads the demo catalog and, outside
// production, the demo owner account. Safe to run again.
import { createDb } from "@comptoir/db";
import { DEMO_STAFF } from "./seed/demo-staff";
import { seedDemoData } from "./seed/index";

function box(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "─".repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${rule}┘`].join("\n");
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error("✖ DATABASE_URL is not set: run `pnpm db:seed`, or set it to the database to seed.");
    process.exit(1);
  }
  const withDemoStaff = process.env.NODE_ENV !== "production";
  // Test runs seed many throw-away databases: one summary line each is enough.
  const quiet = process.env.COMPTOIR_SEED_QUIET === "1";
  const db = createDb(url);
  const started = performance.now();
  try {
    const report = await seedDemoData(db, {
      withDemoStaff,
      log: quiet ? undefined : (line) => console.log(`  ${line}`),
    });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(
      `✔ Demo data seeded in ${seconds} s: ${report.categories} categories, ${report.products} products, ` +
        `${report.variants} variants, ${report.images} images.`,
    );
    if (report.demoStaff && !quiet) {
      console.log(
        box([
          "Demo staff account (development only)",
          `email:    ${DEMO_STAFF.email}`,
          `password: ${DEMO_STAFF.password}`,
          `role:     ${DEMO_STAFF.role}`,
        ]),
      );
    }
  } catch (error) {
    console.error(`✖ Seeding failed: ${oneLine(error)}`);
    process.exitCode = 1;
  } finally {
    await db.$disconnect();
  }
}

await main();
