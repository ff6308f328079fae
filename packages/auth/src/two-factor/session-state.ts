// Where an admin session stands between the password and the admin: an account with two-factor
// enabled opens nothing until the session's holder gives a code; an admin or owner without it is
// sent to enrolment first. Kept on the session row (secondFactorAt), so every app process agrees.
import type { Db, Role } from "@comptoir/db";
import { requiresTwoFactor } from "../permissions";

export type AdminSessionStep = "ready" | "code_required" | "enrolment_required";

export interface AdminSessionState {
  step: AdminSessionStep;
  twoFactorEnabled: boolean;
  /** When the holder last proved who they are (second factor at login, or reauthenticate). */
  reauthenticatedAt: Date | null;
}

/** How long a proof of identity lets sensitive actions (role changes, refunds) through. */
export const REAUTHENTICATION_WINDOW_MS = 10 * 60_000;

export async function adminSessionState(db: Db, sessionId: string): Promise<AdminSessionState | null> {
  const session = await db.session.findUnique({
    where: { id: sessionId },
    select: {
      secondFactorAt: true,
      reauthenticatedAt: true,
      user: { select: { role: true, totpEnabledAt: true } },
    },
  });
  if (!session) return null;
  return {
    step: stepOf(session.user, session.secondFactorAt),
    twoFactorEnabled: session.user.totpEnabledAt !== null,
    reauthenticatedAt: session.reauthenticatedAt,
  };
}

function stepOf(
  user: { role: Role; totpEnabledAt: Date | null },
  secondFactorAt: Date | null,
): AdminSessionStep {
  if (user.totpEnabledAt) return secondFactorAt ? "ready" : "code_required";
  return requiresTwoFactor(user.role) ? "enrolment_required" : "ready";
}

/** The step a brand-new admin session of `userId` starts at, right after the password. */
export async function stepAfterPassword(db: Db, userId: string): Promise<AdminSessionStep> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { role: true, totpEnabledAt: true },
  });
  return stepOf(user, null);
}

export function isRecentlyReauthenticated(
  state: Pick<AdminSessionState, "reauthenticatedAt">,
  now = new Date(),
) {
  return (
    state.reauthenticatedAt !== null &&
    now.getTime() - state.reauthenticatedAt.getTime() <= REAUTHENTICATION_WINDOW_MS
  );
}
