import { TRPCError } from "@trpc/server";
import { publicProcedure } from "../../trpc";

/**
 * Sign-up and the emailed links belong to the storefront: staff accounts are created by the shop
 * and log in to the admin with their password only.
 */
export const storefrontProcedure = publicProcedure.use(({ ctx, next }) => {
  if (ctx.audience !== "storefront") throw new TRPCError({ code: "FORBIDDEN", message: "FORBIDDEN" });
  return next({ ctx });
});
