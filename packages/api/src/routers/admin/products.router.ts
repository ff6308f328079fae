import { catalog } from "@comptoir/core";
import { adminProductListInput } from "@comptoir/validators";
import { router, staffProcedure } from "../../trpc";

export const adminProductsRouter = router({
  /** Every product (any status) with stock and price range, searchable by name or SKU. */
  list: staffProcedure
    .input(adminProductListInput)
    .query(({ ctx, input }) => catalog.listProductsForAdmin(ctx.db, input)),
});
