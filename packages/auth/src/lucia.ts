// Lucia 3 (its last release) kept behind this package: nothing outside imports "lucia".
import { PrismaAdapter } from "@lucia-auth/adapter-prisma";
import type { Db, Locale, Role } from "@comptoir/db";
import { Lucia, TimeSpan } from "lucia";
import { authEnv } from "./env";

/** Which app a session belongs to: each has its own cookie and lifetime. */
export type Audience = "storefront" | "admin";

export const SESSION_COOKIE_NAMES: Record<Audience, string> = {
  storefront: "comptoir_session",
  admin: "comptoir_admin_session",
};

// Shoppers stay logged in for a month; staff sessions are short. Both slide: Lucia extends a
// session used in the second half of its life.
const LIFETIMES: Record<Audience, TimeSpan> = {
  storefront: new TimeSpan(30, "d"),
  admin: new TimeSpan(12, "h"),
};

interface DatabaseSessionAttributes {
  audience: Audience;
  /** The device that opened the session, shown to its owner in their list of sessions. */
  userAgent?: string | null;
  ipAddress?: string | null;
}

interface DatabaseUserAttributes {
  email: string;
  name: string | null;
  role: Role;
  locale: Locale;
  deactivatedAt: Date | null;
}

function createLucia(db: Db, audience: Audience) {
  return new Lucia(new PrismaAdapter(db.session, db.user), {
    sessionExpiresIn: LIFETIMES[audience],
    sessionCookie: {
      name: SESSION_COOKIE_NAMES[audience],
      expires: true,
      attributes: { secure: authEnv.NODE_ENV === "production", sameSite: "lax", path: "/" },
    },
    getSessionAttributes: (attributes: DatabaseSessionAttributes) => ({ audience: attributes.audience }),
    getUserAttributes: (attributes: DatabaseUserAttributes) => ({
      email: attributes.email,
      name: attributes.name,
      role: attributes.role,
      locale: attributes.locale,
      deactivatedAt: attributes.deactivatedAt,
    }),
  });
}

export type ComptoirLucia = ReturnType<typeof createLucia>;

declare module "lucia" {
  interface Register {
    Lucia: ComptoirLucia;
    DatabaseSessionAttributes: DatabaseSessionAttributes;
    DatabaseUserAttributes: DatabaseUserAttributes;
  }
}

const instances = new WeakMap<Db, Map<Audience, ComptoirLucia>>();

/** One Lucia per database client and audience (they are cheap, but there is no reason to rebuild them per request). */
export function luciaFor(db: Db, audience: Audience): ComptoirLucia {
  let byAudience = instances.get(db);
  if (!byAudience) {
    byAudience = new Map();
    instances.set(db, byAudience);
  }
  let lucia = byAudience.get(audience);
  if (!lucia) {
    lucia = createLucia(db, audience);
    byAudience.set(audience, lucia);
  }
  return lucia;
}
