import { customers } from "@comptoir/core";
import { profileUpdateInput } from "@comptoir/validators";
import { customerProcedure, router } from "../../trpc";

/** The customer's name and preferred language. */
export const accountProfileRouter = router({
  /** Who the account is: address, name, language, whether it has a password. */
  get: customerProcedure.query(({ ctx }) => customers.getProfile(ctx.db, ctx.user.id)),

  /** The name (empty clears it) and the language of the customer's emails and pages. */
  update: customerProcedure
    .input(profileUpdateInput)
    .mutation(({ ctx, input }) => customers.updateProfile(ctx.db, ctx.user.id, input)),
});
