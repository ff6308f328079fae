// The admin login's second step, TOTP enrolment and re-authentication. These run on sessions whose
// login is not complete yet (staffLoginProcedure): everything else in the admin waits for them.
import {
  beginTwoFactorEnrolment,
  can,
  completeSecondFactor,
  confirmTwoFactorEnrolment,
  isStaffRole,
  PERMISSIONS,
  reauthenticate,
  adminSessionState,
} from "@comptoir/auth";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { fieldError } from "../../errors";
import { publicProcedure, staffLoginProcedure } from "../../trpc";
import { twoFactorRateLimits } from "./two-factor-rate-limits";

/** The field error of a wrong code; the admin translates it from its own texts. */
export const CODE_INVALID = "two_factor_code_invalid";

const codeInput = z.object({
  code: z.string().trim().min(1, "validation.required").max(64, "validation.too_long"),
});
const secretInput = z.object({
  /** A TOTP code or a recovery code when the account has two-factor, else the password. */
  secret: z.string().min(1, "validation.required").max(256, "validation.too_long"),
});

function refuseStep(): never {
  throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
}

export const twoFactorProcedures = {
  /**
   * The admin session and where its login stands: null without one; otherwise the staff member,
   * the step (ready, code_required, enrolment_required) and the permissions of their role, so
   * that pages offer only what the API will accept.
   */
  adminSession: publicProcedure.query(async ({ ctx }) => {
    if (ctx.audience !== "admin" || !ctx.user || !ctx.sessionId || !isStaffRole(ctx.user.role)) return null;
    const state = await adminSessionState(ctx.db, ctx.sessionId);
    if (!state) return null;
    const role = ctx.user.role;
    return {
      user: ctx.user,
      step: state.step,
      twoFactorEnabled: state.twoFactorEnabled,
      permissions: state.step === "ready" ? PERMISSIONS.filter((permission) => can(role, permission)) : [],
    };
  }),

  /** The code (or a recovery code) after the password; with a right one the admin opens. */
  verifySecondFactor: staffLoginProcedure.input(codeInput).mutation(async ({ ctx, input }) => {
    if (ctx.staffSession.step !== "code_required") refuseStep();
    await twoFactorRateLimits.attempt(ctx, ctx.user.id);
    const ok = await completeSecondFactor(ctx.db, {
      user: ctx.user,
      sessionId: ctx.sessionId,
      code: input.code,
      request: ctx,
    });
    if (!ok) {
      await twoFactorRateLimits.failed(ctx.user.id);
      throw fieldError("code", CODE_INVALID);
    }
    return { ok: true as const };
  }),

  /**
   * The secret to add to an authenticator app, with its QR code (SVG). Open to anyone whose
   * account has no two-factor yet: mandatory for admins and owners, optional for the others.
   */
  beginTwoFactorEnrolment: staffLoginProcedure.mutation(async ({ ctx }) => {
    if (ctx.staffSession.step === "code_required") refuseStep();
    const enrolment = await beginTwoFactorEnrolment(ctx.db, ctx.user);
    if (!enrolment) throw new TRPCError({ code: "CONFLICT", message: "CONFLICT" });
    return enrolment;
  }),

  /** A first code from the app turns two-factor on; answers the ten recovery codes, shown this once. */
  confirmTwoFactorEnrolment: staffLoginProcedure.input(codeInput).mutation(async ({ ctx, input }) => {
    if (ctx.staffSession.step === "code_required") refuseStep();
    await twoFactorRateLimits.attempt(ctx, ctx.user.id);
    const recoveryCodes = await confirmTwoFactorEnrolment(ctx.db, {
      user: ctx.user,
      sessionId: ctx.sessionId,
      code: input.code,
      request: ctx,
    });
    if (!recoveryCodes) {
      await twoFactorRateLimits.failed(ctx.user.id);
      throw fieldError("code", CODE_INVALID);
    }
    return { recoveryCodes };
  }),

  /**
   * Proves again who holds the session (a code, or the password for accounts without two-factor):
   * sensitive procedures (requiresRecentAuth) accept the session for ten minutes after.
   */
  reauthenticate: staffLoginProcedure.input(secretInput).mutation(async ({ ctx, input }) => {
    if (ctx.staffSession.step !== "ready") refuseStep();
    await twoFactorRateLimits.attempt(ctx, ctx.user.id);
    const ok = await reauthenticate(ctx.db, {
      user: ctx.user,
      sessionId: ctx.sessionId,
      secret: input.secret,
      request: ctx,
    });
    if (!ok) {
      await twoFactorRateLimits.failed(ctx.user.id);
      throw fieldError("secret", CODE_INVALID);
    }
    return { ok: true as const };
  }),
};
