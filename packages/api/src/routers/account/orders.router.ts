import { customers } from "@comptoir/core";
import { orderByNumberInput, orderHistoryInput } from "@comptoir/validators";
import { customerProcedure, router } from "../../trpc";

/** The customer's order history. Orders placed as a guest are not linked to the account. */
export const accountOrdersRouter = router({
  /** Newest first, a page at a time. */
  list: customerProcedure
    .input(orderHistoryInput)
    .query(({ ctx, input }) => customers.listOrders(ctx.db, ctx.user.id, input)),

  /** One order by its number: the snapshot taken at checkout and its status timeline. */
  get: customerProcedure
    .input(orderByNumberInput)
    .query(({ ctx, input }) => customers.getOrder(ctx.db, ctx.user.id, input.number)),
});
