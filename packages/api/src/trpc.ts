import { isStaffRole } from "@comptoir/auth";
import { DomainError } from "@comptoir/core";
import { recordTrpcCall } from "@comptoir/observability";
import { initTRPC, TRPCError } from "@trpc/server";
import { ZodError } from "zod";
import type { Context } from "./context";
import { fieldErrorsOf, toTRPCError } from "./errors";

const t = initTRPC.context<Context>().create({
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
 * Staff only, and only with an admin-app session: a customer's storefront cookie never opens the
 * admin API. Finer permissions (per role) plug in here.
 */
export const staffProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.audience !== "admin" || !isStaffRole(ctx.user.role)) {
    throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
  }
  return next({ ctx });
});

/**
 * A shopper's own account: a user logged in to the storefront. Procedures under it only ever read
 * or write rows of `ctx.user.id`; anything else answers NOT_FOUND.
 */
export const customerProcedure = authedProcedure.use(({ ctx, next }) => {
  if (ctx.audience !== "storefront") throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
  return next({ ctx });
});
