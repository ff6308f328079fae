// pg_dump and pg_restore take a libpq connection string. Our DATABASE_URL may carry Prisma-only
// parameters libpq rejects, and a password on a command line is visible to every user in `ps`.
import { databaseNameOf } from "../database-url";

/** The URL query parameters libpq understands that a deployment may need (TLS, timeouts...). */
const LIBPQ_PARAMETERS = new Set([
  "application_name",
  "channel_binding",
  "connect_timeout",
  "gssencmode",
  "host",
  "options",
  "port",
  "sslcert",
  "sslcrl",
  "sslkey",
  "sslmode",
  "sslpassword",
  "sslrootcert",
  "target_session_attrs",
]);

export interface LibpqConnection {
  /** For `--dbname`: the URL without its password nor non-libpq parameters. */
  conninfo: string;
  /** For the child's environment: PGPASSWORD when the URL has a password. */
  env: Record<string, string>;
  database: string;
}

export function toLibpq(databaseUrl: string): LibpqConnection {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = "";
  for (const key of [...url.searchParams.keys()]) {
    if (!LIBPQ_PARAMETERS.has(key)) url.searchParams.delete(key);
  }
  return {
    conninfo: url.toString(),
    env: password ? { PGPASSWORD: password } : {},
    database: databaseNameOf(databaseUrl),
  };
}
