import {
  adminSessionState,
  can,
  isRecentlyReauthenticated,
  isStaffRole,
  type Permission,
} from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { recordTrpcCall } from "@comptoir/observability";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context";
import { fieldErrorsOf, toTRPCError } from "./errors";

/**
 * What a procedure declares about itself. Staff procedures must name the permission they need
 * (see `requires`); one that names none is refused to everyone.
 */
export interface ApiMeta {
  permission?: Permission;
}

const t = initTRPC
  .context<Context>()
  .meta<ApiMeta>()
  .create({
    // Stack traces never leave the server, in any environment.
    isDev: false,
    errorFormatter({ shape, error }) {
      const domainCode = error.cause instanceof DomainError ? error.cause.code : null;
      const fieldErrors = error.cause instanceof ZodError ? fieldErrorsOf(error.cause) : null;
      // Unexpected failures say nothing about their cause to the client.
      const message = error.code === "INTERNAL_SERVER_ERROR" ? "INTERNAL_SERVER_ERROR" : shape.message;
      return { ...shape, message, data: { ...shape.data, stack: undefined, domainCode, fieldErrors } };
    },
  });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Core throws DomainError; turn it into the matching tRPC error with the code kept as cause. */
const mapDomainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && result.error.cause instanceof DomainError) throw toTRPCError(result.error.cause);
  return result;
});

/**
 * Duration of every procedure and its failures by tRPC code (see @comptoir/observability metrics).
 * Outermost, so that it sees the codes domain errors were mapped to and the time of every check.
 */
const recordMetrics = t.middleware(async ({ path, type, next }) => {
  const started = performance.now();
  const result = await next();
  recordTrpcCall({
    path,
    type,
    durationSeconds: (performance.now() - started) / 1000,
    errorCode: result.ok ? undefined : result.error.code,
  });
  return result;
});

export const publicProcedure = t.procedure.use(recordMetrics).use(mapDomainErrors);

/** Any logged-in user. */
export const authedProcedure = publicProcedure.use(({ ctx, next }) => {
  if (!ctx.user || !ctx.sessionId) throw new TRPCError({ code: "UNAUTHORIZED", message: "UNAUTHENTICATED" });
  return next({ ctx: { ...ctx, user: ctx.user, sessionId: ctx.sessionId } });
});

/**
 * Staff with an admin-app session, whatever the step of their login: a customer's storefront cookie
 * never opens the admin API. Only the login's own steps (second factor, enrolment) build on this
 * directly; everything else uses `requires`.
 */
export const staffLoginProcedure = authedProcedure.use(async ({ ctx, next }) => {
  if (ctx.audience !== "admin" || !isStaffRole(ctx.user.role)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
  }
  const staffSession = await adminSessionState(ctx.db, ctx.sessionId);
  if (!staffSession) throw new TRPCError({ code: "UNAUTHORIZED", message: "UNAUTHENTICATED" });
  return next({ ctx: { ...ctx, role: ctx.user.role, staffSession } });
});

/**
 * Staff whose login is complete (password, then the TOTP code when the account has two-factor, and
 * enrolment first for admins and owners), holding the permission the procedure declares in its
 * meta. A procedure that declares none is refused: forgetting the permission fails closed.
 */
export const staffProcedure = staffLoginProcedure.use(({ ctx, meta, next }) => {
  if (ctx.staffSession.step !== "ready") {
    throw new TRPCError({ code: "FORBIDDEN", message: "TWO_FACTOR_REQUIRED" });
  }
  if (!meta?.permission || !can(ctx.role, meta.permission)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
  }
  return next({ ctx });
});

/** A staff procedure open to the roles that hold `permission` (see @comptoir/auth permissions). */
export function requires(permission: Permission) {
  return staffProcedure.meta({ permission });
}

/**
 * For sensitive actions (role changes, refunds): the staff member must also have proved who they
 * are in the last few minutes (TOTP code at login, or `auth.reauthenticate`), so a session left
 * open on an unattended screen cannot do them.
 */
export function requiresRecentAuth(permission: Permission) {
  return requires(permission).use(({ ctx, next }) => {
    if (!isRecentlyReauthenticated(ctx.staffSession)) throw new DomainError("REAUTHENTICATION_REQUIRED");
    return next({ ctx });
  });
}

/**
 * A shopper's own account: a user logged in to the storefront. Procedures under it only ever read
 * or write rows of `ctx.user.id`; anything else answers NOT_FOUND.
 */
export const customerProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.audience !== "storefront") throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
  return next({ ctx });
});
