import { catalog } from "@comptoir/core";
import { adminProductListInput } from "@comptoir/validators";
import { requires, router } from "../../trpc";

export const adminProductsRouter = router({
  /** Every product (any status) with stock and price range, searchable by name or SKU. */
  list: requires("catalog.read")
    .input(adminProductListInput)
    .query(({ ctx, input }) => catalog.listProductsForAdmin(ctx.db, input)),
});
