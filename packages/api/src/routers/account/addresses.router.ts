import { customers } from "@comptoir/core";
import {
  addressCreateInput,
  addressIdInput,
  addressSetDefaultInput,
  addressUpdateInput,
} from "@comptoir/validators";
import { customerProcedure, router } from "../../trpc";

/** The customer's address book: at most 20 addresses, one default for shipping and one for billing. */
export const accountAddressesRouter = router({
  /** Defaults first, then in the order they were added. */
  list: customerProcedure.query(({ ctx }) => customers.listAddresses(ctx.db, ctx.user.id)),

  create: customerProcedure
    .input(addressCreateInput)
    .mutation(({ ctx, input }) => customers.createAddress(ctx.db, ctx.user.id, input)),

  /** A default flag left out keeps the address's role; false removes it. */
  update: customerProcedure
    .input(addressUpdateInput)
    .mutation(({ ctx, input }) => customers.updateAddress(ctx.db, ctx.user.id, input)),

  /** Deleting a default leaves no default of that kind (none is promoted). */
  delete: customerProcedure.input(addressIdInput).mutation(async ({ ctx, input }) => {
    await customers.deleteAddress(ctx.db, ctx.user.id, input.id);
    return { ok: true as const };
  }),

  setDefault: customerProcedure
    .input(addressSetDefaultInput)
    .mutation(({ ctx, input }) => customers.setDefaultAddress(ctx.db, ctx.user.id, input)),
});
