// `pnpm db:seed` (or `tsx prisma/seed.ts` with DATABASE_URL set): loads the demo catalog and, outside
// production, the demo owner account. Safe to run again.
// `tsx prisma/seed.ts --large 10000` then adds synthetic products until the catalog holds 10,000
// (the benchmarks' catalog, see docs/performance.md).
import { createDb } from "@comptoir/db";
import { DEMO_STAFF } from "./seed/demo-staff";
import { seedDemoData } from "./seed/index";
import { seedLargeCatalog } from "./seed/large-catalog";

function box(lines: string[]): string {
  const width = Math.max(...lines.map((line) => line.length));
  const rule = "─".repeat(width + 2);
  return [`┌${rule}┐`, ...lines.map((line) => `│ ${line.padEnd(width)} │`), `└${rule}┘`].join("\n");
}

function oneLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/\s+/g, " ").trim();
}

/** The value of `--large <count>` (or `--large=<count>`); undefined without the flag. */
function largeCatalogSize(args: readonly string[]): number | undefined {
  const index = args.findIndex((arg) => arg === "--large" || arg.startsWith("--large="));
  if (index === -1) return undefined;
  const arg = args[index] ?? "";
  const text = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : (args[index + 1] ?? "");
  const count = /^\d+$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(count)) {
    console.error(`✖ --large needs a number of products, e.g. --large 10000 (got "${text}").`);
    process.exit(1);
  }
  return count;
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL?.trim();
  if (!url) {
    console.error("✖ DATABASE_URL is not set: run `pnpm db:seed`, or set it to the database to seed.");
    process.exit(1);
  }
  const large = largeCatalogSize(process.argv.slice(2));
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
          `TOTP:     ${DEMO_STAFF.totpSecret} (add it to an authenticator app)`,
        ]),
      );
    }
    if (large !== undefined) {
      const startedLarge = performance.now();
      const catalog = await seedLargeCatalog(db, {
        products: large,
        log: quiet ? undefined : (line) => console.log(`  ${line}`),
      });
      const largeSeconds = ((performance.now() - startedLarge) / 1000).toFixed(1);
      console.log(
        `✔ Large catalog: ${catalog.added} products (${catalog.variants} variants) added ` +
          `in ${largeSeconds} s; the catalog holds ${catalog.total} products.`,
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
