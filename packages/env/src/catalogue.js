// Every environment variable Comptoir reads, in one place: who reads it, its default, whether it is a
// secret, how it is validated and what it does. checkConfiguration() validates from it, and
// docs/configuration.md and .env.example are checked against it, so none of them can drift.
import { z } from "zod";
import {
  databaseUrl,
  httpUrl,
  integer,
  logLevel,
  nodeEnv,
  optional,
  originList,
  port,
  urlOf,
  withDefault,
} from "./schemas.js";

/**
 * @typedef {"storefront" | "admin" | "worker"} Role
 *
 * @typedef {object} ConfigVariable
 * @property {string} name
 * @property {string} group           Heading under which docs and .env.example list it.
 * @property {Role[]} roles           The processes checkConfiguration() validates it for.
 * @property {string} usedBy          Who reads it, for the docs (tools and tests included).
 * @property {string} default         What happens when it is unset, for the docs.
 * @property {boolean} secret         A secret's value is never printed, nor its problems' details.
 * @property {z.ZodType} schema       Parses the raw value (undefined when unset).
 * @property {"required" | "forbidden"} [production]  Production refuses to start without it / with it.
 * @property {number} [minLength]     Production's minimum length of a secret (of each, for a list).
 * @property {string} description     One line of documentation.
 */

const apps = /** @type {Role[]} */ (["storefront", "admin", "worker"]);

/** @type {readonly ConfigVariable[]} */
export const catalogue = Object.freeze([
  // Runtime
  {
    name: "NODE_ENV",
    group: "Runtime",
    roles: apps,
    usedBy: "everything",
    default: "`development`",
    secret: false,
    schema: withDefault(nodeEnv, "development"),
    description:
      "`production` applies the production rules below, makes cookies `Secure` and keeps the demo staff account out of the seed.",
  },
  {
    name: "PORT",
    group: "Runtime",
    roles: ["storefront", "admin"],
    usedBy: "`node server.js`",
    default: "`3000` / `3001`",
    secret: false,
    schema: optional(port(0)),
    description: "Port of one production server (storefront / admin).",
  },
  {
    name: "PUBLIC_URL",
    group: "Runtime",
    roles: ["storefront", "worker"],
    usedBy: "storefront, worker",
    default: "the request's own address; `http://localhost:3000` for the worker",
    secret: false,
    schema: optional(httpUrl),
    production: "required",
    description:
      "The shop's public address, for canonical URLs, Stripe's return URLs and links in emails. `https://` in production.",
  },
  {
    name: "STORE_CURRENCY",
    group: "Runtime",
    roles: ["storefront", "admin"],
    usedBy: "storefront, admin",
    default: "`EUR`",
    secret: false,
    schema: withDefault(
      z.string().regex(/^[A-Z]{3}$/, { error: "must be an ISO currency code such as EUR" }),
      "EUR",
    ),
    description:
      "The shop's currency: price filters typed in major units (€12 -> 1200), and the dashboard's revenue.",
  },
  {
    name: "SHOP_TIME_ZONE",
    group: "Runtime",
    roles: ["admin"],
    usedBy: "admin",
    default: "`Europe/Paris`",
    secret: false,
    schema: withDefault(
      z.string().refine((zone) => zone === "UTC" || Intl.supportedValuesOf("timeZone").includes(zone), {
        error: "must be an IANA time zone such as Europe/Paris",
      }),
      "Europe/Paris",
    ),
    description:
      "Where the shop's days begin: the dashboard's today, 7 and 30 days, and the order list's date filters.",
  },
  // Database
  {
    name: "DATABASE_URL",
    group: "Database",
    roles: apps,
    usedBy: "apps, worker, `pnpm dev`, `pnpm db:*`",
    default: "unset: embedded PostgreSQL (`pnpm dev`)",
    // It usually holds the database password.
    secret: true,
    schema: optional(databaseUrl),
    production: "required",
    description:
      "Any PostgreSQL server (`postgresql://user:password@host:5432/db`). When set, nothing embedded starts; a missing database is created.",
  },
  {
    name: "DATABASE_POOL_MAX",
    group: "Database",
    roles: apps,
    usedBy: "apps, worker",
    default: "`10`",
    secret: false,
    schema: withDefault(integer(1, 200), 10),
    description: "Connections per process.",
  },
  {
    name: "TEST_DATABASE_URL",
    group: "Database",
    roles: [],
    usedBy: "tests",
    default: "`DATABASE_URL`, else embedded",
    secret: true,
    schema: optional(databaseUrl),
    description: "Server on which tests create (and drop) their own databases.",
  },
  {
    name: "COMPTOIR_DATA_DIR",
    group: "Database",
    roles: [],
    usedBy: "embedded PostgreSQL",
    default: "`.data/`",
    secret: false,
    schema: optional(z.string()),
    description: "Where the embedded PostgreSQL keeps its data.",
  },
  {
    name: "COMPTOIR_PG_PORT",
    group: "Database",
    roles: [],
    usedBy: "embedded PostgreSQL",
    default: "`54329`",
    secret: false,
    schema: withDefault(port(1024), 54329),
    description: "Its port (not 5432, which a system PostgreSQL may hold).",
  },
  {
    name: "COMPTOIR_PG_LOG",
    group: "Database",
    roles: [],
    usedBy: "embedded PostgreSQL",
    default: "unset",
    secret: false,
    schema: optional(z.string()),
    description: "`1` prints PostgreSQL's own log.",
  },
  // Security
  {
    name: "COOKIE_SECRET",
    group: "Security",
    roles: ["storefront"],
    usedBy: "storefront",
    default: "a development value (refused in production)",
    secret: true,
    schema: optional(z.string()),
    production: "required",
    minLength: 32,
    description:
      "Signs the cart cookie. 32+ random characters (`openssl rand -base64 48`); comma-separated to rotate: the first signs, all verify.",
  },
  {
    name: "TOTP_ENCRYPTION_KEY",
    group: "Security",
    roles: ["admin"],
    usedBy: "admin",
    default: "a development value (refused in production)",
    secret: true,
    schema: optional(z.string()),
    production: "required",
    minLength: 32,
    description:
      "Encrypts staff two-factor (TOTP) secrets at rest. 32+ random characters (`openssl rand -base64 48`); changing it disables every enrolled authenticator ([admin-access.md](admin-access.md)).",
  },
  {
    name: "ALLOWED_ORIGINS",
    group: "Security",
    roles: ["storefront", "admin"],
    usedBy: "storefront, admin",
    default: "unset: the app's own origin",
    secret: false,
    schema: optional(originList),
    description:
      "Other origins allowed to post forms to the apps, comma-separated ([security.md](security.md)).",
  },
  {
    name: "API_CORS_ORIGINS",
    group: "Security",
    roles: ["storefront"],
    usedBy: "storefront",
    default: "unset: no other origin may call `/api/trpc` from a browser",
    secret: false,
    schema: optional(originList),
    description:
      "Origins whose browser code may call the public API at `/api/trpc` (CORS, without cookies), comma-separated ([security.md](security.md)).",
  },
  // Error reporting
  {
    name: "SENTRY_DSN",
    group: "Error reporting",
    roles: ["storefront", "admin"],
    usedBy: "storefront, admin (server and browser)",
    default: "unset: nothing is sent anywhere",
    secret: false,
    schema: optional(httpUrl),
    description:
      "Sentry project DSN. When set, both apps report server and browser errors to it, personal data scrubbed first ([observability.md](observability.md)).",
  },
  {
    name: "SENTRY_ENVIRONMENT",
    group: "Error reporting",
    roles: ["storefront", "admin"],
    usedBy: "storefront, admin",
    default: "the value of `NODE_ENV`",
    secret: false,
    schema: optional(z.string().trim().min(1).max(64)),
    description: "Environment name attached to reported errors (`production`, `staging`...).",
  },
  {
    name: "SENTRY_TRACES_SAMPLE_RATE",
    group: "Error reporting",
    roles: ["storefront", "admin"],
    usedBy: "storefront, admin",
    default: "`0`: errors only, no performance traces",
    secret: false,
    schema: withDefault(z.coerce.number().min(0).max(1), 0),
    description:
      "Share of server requests traced for Sentry's performance view, from 0 to 1 (the browser reports errors only).",
  },
  // Payments
  {
    name: "STRIPE_SECRET_KEY",
    group: "Payments",
    roles: ["storefront", "admin", "worker"],
    usedBy: "storefront, admin (refunds), worker",
    default: "unset: the local emulator (refused in production)",
    secret: true,
    schema: optional(
      z.string().startsWith("sk_", { error: "must be a Stripe secret key (sk_live_... or sk_test_...)" }),
    ),
    production: "required",
    description: "Your Stripe secret key ([payments.md](payments.md)).",
  },
  {
    name: "STRIPE_WEBHOOK_SECRET",
    group: "Payments",
    roles: ["storefront"],
    usedBy: "storefront",
    default: "the emulator's development value (refused in production)",
    secret: true,
    schema: optional(
      z.string().startsWith("whsec_", { error: "must be a webhook signing secret (whsec_...)" }),
    ),
    production: "required",
    minLength: 20,
    description: "The signing secret of your `/webhooks/stripe` endpoint.",
  },
  {
    name: "STRIPE_EMULATOR_URL",
    group: "Payments",
    roles: ["storefront", "admin", "worker"],
    usedBy: "storefront, admin, worker (development)",
    default: "`http://127.0.0.1:12111`",
    secret: false,
    schema: optional(httpUrl),
    production: "forbidden",
    description: "Where a running Stripe emulator listens, when there is no `STRIPE_SECRET_KEY`.",
  },
  {
    name: "STRIPE_EMULATOR_PORT",
    group: "Payments",
    roles: [],
    usedBy: "`pnpm dev`, the emulator",
    default: "`12111`",
    secret: false,
    schema: withDefault(port(), 12111),
    description: "Port of the local payment emulator.",
  },
  {
    name: "STRIPE_EMULATOR_WEBHOOK_URL",
    group: "Payments",
    roles: [],
    usedBy: "the emulator",
    default: "`http://127.0.0.1:3000/webhooks/stripe`",
    secret: false,
    schema: optional(httpUrl),
    description: "Where the emulator posts its signed events.",
  },
  // Email
  {
    name: "SMTP_URL",
    group: "Email",
    roles: ["worker"],
    usedBy: "worker",
    default: "unset: the dev mailbox (refused in production)",
    // It holds the mail server's password.
    secret: true,
    schema: optional(urlOf(["smtp", "smtps"], "smtp://user:password@host:port or smtps://…")),
    production: "required",
    description: "The mail server, `smtp://user:password@host:587`.",
  },
  {
    name: "MAIL_FROM",
    group: "Email",
    roles: ["worker"],
    usedBy: "worker",
    default: "`Comptoir <boutique@comptoir.localhost>`",
    secret: false,
    schema: withDefault(
      z.string().trim().min(3, { error: 'must be a sender such as "Shop <shop@example.com>"' }),
      "Comptoir <boutique@comptoir.localhost>",
    ),
    description: 'The sender of every message, as "Name <address>".',
  },
  {
    name: "DEV_MAILBOX_URL",
    group: "Email",
    roles: ["worker"],
    usedBy: "worker (development)",
    default: "`smtp://127.0.0.1:1025`",
    secret: false,
    schema: optional(urlOf(["smtp", "smtps"], "smtp://host:port")),
    production: "forbidden",
    description: "SMTP address of a running dev mailbox, used when `SMTP_URL` is unset.",
  },
  {
    name: "DEV_MAILBOX_SMTP_PORT",
    group: "Email",
    roles: [],
    usedBy: "`pnpm dev`, the dev mailbox",
    default: "`1025`",
    secret: false,
    schema: withDefault(port(), 1025),
    description: "SMTP port of the dev mailbox.",
  },
  {
    name: "DEV_MAILBOX_HTTP_PORT",
    group: "Email",
    roles: [],
    usedBy: "`pnpm dev`, the dev mailbox",
    default: "`8025`",
    secret: false,
    schema: withDefault(port(), 8025),
    description: "Port of the dev mailbox's page listing what was sent.",
  },
  {
    name: "DEV_MAILBOX_DIR",
    group: "Email",
    roles: [],
    usedBy: "the dev mailbox",
    default: "`.data/mailbox` with `pnpm dev`, else in memory",
    secret: false,
    schema: optional(z.string()),
    description: "Folder where the dev mailbox keeps the messages.",
  },
  // Rate limits
  {
    name: "REDIS_URL",
    group: "Rate limits",
    roles: apps,
    usedBy: "storefront, admin; worker (`/readyz`)",
    default: "unset: counters in memory",
    // It may hold the Redis password.
    secret: true,
    schema: optional(urlOf(["redis", "rediss"], "a redis:// or rediss:// URL")),
    description: "Shares the rate limits between processes (`redis://[:password@]host:6379[/db]`).",
  },
  // Logs
  {
    name: "LOG_LEVEL",
    group: "Logs",
    roles: apps,
    usedBy: "apps, worker",
    default: "`info` (`silent` in tests)",
    secret: false,
    schema: optional(logLevel),
    description: "Lowest level written. `debug` and `trace` are refused in production.",
  },
  {
    name: "COMPTOIR_SERVICE",
    group: "Logs",
    roles: [],
    usedBy: "apps, worker",
    default: "`comptoir`",
    secret: false,
    schema: optional(z.string()),
    description: "The `name` field of every log line.",
  },
  // Worker
  {
    name: "RECONCILE_CRON",
    group: "Worker",
    roles: ["worker"],
    usedBy: "worker",
    default: "`* * * * *`",
    secret: false,
    schema: withDefault(z.string(), "* * * * *"),
    description: "How often pending orders are reconciled with Stripe and expired reservations released.",
  },
  {
    name: "EMAIL_CONCURRENCY",
    group: "Worker",
    roles: ["worker"],
    usedBy: "worker",
    default: "`4`",
    secret: false,
    schema: withDefault(integer(1, 50), 4),
    description: "Emails sent at once, per kind.",
  },
  // Operations
  {
    name: "SHUTDOWN_TIMEOUT_MS",
    group: "Operations",
    roles: apps,
    usedBy: "apps, worker",
    default: "`10000`",
    secret: false,
    schema: withDefault(integer(0, 600_000), 10_000),
    description: "How long in-flight requests (or running jobs) get to finish after SIGTERM.",
  },
  {
    name: "RENDER_CONCURRENCY",
    group: "Operations",
    roles: ["storefront", "admin"],
    usedBy: "storefront, admin",
    default: "`4`",
    secret: false,
    schema: withDefault(integer(0, 10_000), 4),
    description:
      "Page reads (GET, HEAD) an app works on at once; the others wait their turn, in order. `0`: no limit. Writes never wait.",
  },
  {
    name: "WORKER_HEALTH_PORT",
    group: "Operations",
    roles: ["worker"],
    usedBy: "worker",
    default: "`9464`",
    secret: false,
    schema: withDefault(port(0), 9464),
    description: "The worker's internal port for `/healthz` and `/readyz`.",
  },
  {
    name: "METRICS_TOKEN",
    group: "Operations",
    roles: apps,
    usedBy: "apps, worker",
    default: "unset: `/metrics` answers 404 on the apps in production (open on the worker's internal port)",
    secret: true,
    schema: optional(z.string().trim().min(1)),
    description: "Bearer token Prometheus sends to read `/metrics`; open in development and test when unset.",
  },
  {
    name: "BACKUP_DIR",
    group: "Operations",
    roles: [],
    usedBy: "`pnpm db:backup`, `pnpm db:restore`",
    default: "`backups/`",
    secret: false,
    schema: optional(z.string()),
    description: "Where backups are written; a relative path is taken from the repository root.",
  },
  {
    name: "BACKUP_KEEP",
    group: "Operations",
    roles: [],
    usedBy: "`pnpm db:backup`",
    default: "`14`",
    secret: false,
    schema: withDefault(integer(1, 10_000), 14),
    description: "How many backups of a database to keep; older ones are deleted after each backup.",
  },
  {
    name: "PG_BIN_DIR",
    group: "Operations",
    roles: [],
    usedBy: "`pnpm db:backup`, `pnpm db:restore`",
    default: "`pg_dump` / `pg_restore` on PATH",
    secret: false,
    schema: optional(z.string()),
    description:
      "Folder holding `pg_dump` and `pg_restore`, when the ones on PATH are too old for the server.",
  },
  // Development and tests
  {
    name: "STOREFRONT_PORT",
    group: "Development and tests",
    roles: [],
    usedBy: "`pnpm dev`, `pnpm start`",
    default: "`3000`",
    secret: false,
    schema: withDefault(port(), 3000),
    description: "Port of the storefront.",
  },
  {
    name: "ADMIN_PORT",
    group: "Development and tests",
    roles: [],
    usedBy: "`pnpm dev`, `pnpm start`",
    default: "`3001`",
    secret: false,
    schema: withDefault(port(), 3001),
    description: "Port of the admin.",
  },
  {
    name: "CHROMIUM_PATH",
    group: "Development and tests",
    roles: [],
    usedBy: "end-to-end tests",
    default: "found automatically",
    secret: false,
    schema: optional(z.string()),
    description: "A Chromium or Chrome binary.",
  },
]);

/** @param {string} name */
export function variableNamed(name) {
  const found = catalogue.find((variable) => variable.name === name);
  if (!found) throw new Error(`${name} is not in the configuration catalogue.`);
  return found;
}
