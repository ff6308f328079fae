import type { Locale, Role } from "@comptoir/db";

/** What the apps and procedures know about the logged-in person. Never the password hash. */
export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  role: Role;
  locale: Locale;
}
