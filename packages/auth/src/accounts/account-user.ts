import type { SessionUser } from "../session-user";

/** The columns the account flows read: the session user, plus what decides whether it may log in. */
export const accountUserSelect = {
  id: true,
  email: true,
  name: true,
  role: true,
  locale: true,
  emailVerifiedAt: true,
  deactivatedAt: true,
} as const;

export function toSessionUser(user: SessionUser): SessionUser {
  return { id: user.id, email: user.email, name: user.name, role: user.role, locale: user.locale };
}
