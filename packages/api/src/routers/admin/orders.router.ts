import { recordAuditEvent, auditRequestInfo } from "@comptoir/audit";
import { orders, staff } from "@comptoir/core";
import {
  adminOrderInput,
  adminOrderListInput,
  adminOrderNoteInput,
  adminRefundInput,
} from "@comptoir/validators";
import { shopSettings } from "../../shop-settings";
import { requires, requiresRecentAuth, router } from "../../trpc";

export const adminOrdersRouter = router({
  list: requires("orders.read")
    .input(adminOrderListInput)
    .query(({ ctx, input }) =>
      orders.listStaffOrders(ctx.db, { ...input, timeZone: shopSettings().timeZone }),
    ),

  get: requires("orders.read")
    .input(adminOrderInput)
    .query(({ ctx, input }) => orders.getStaffOrder(ctx.db, input.orderId)),

  addNote: requires("notes.write")
    .input(adminOrderNoteInput)
    .mutation(({ ctx, input }) =>
      ctx.db.$transaction(async (tx) => {
        await orders.addStaffOrderNote(tx, {
          orderId: input.orderId,
          staffId: ctx.user.id,
          text: input.text,
        });
        await recordAuditEvent(tx, {
          action: "order.note_added",
          actorId: ctx.user.id,
          actorRole: ctx.role,
          entityType: "order",
          entityId: input.orderId,
          after: { note: input.text },
          ...auditRequestInfo(ctx),
        });
      }),
    ),

  /**
   * A full or partial refund through the payment provider. Managers up to the shop's limit; a
   * recent proof of identity is required, as for every action that moves money.
   */
  refund: requiresRecentAuth("refunds.create")
    .input(adminRefundInput)
    .mutation(async ({ ctx, input }) => {
      const { stripe, effects } = await ctx.commerce();
      const managerLimit = ctx.role === "MANAGER" ? await staff.loadManagerRefundLimit(ctx.db) : null;
      const order = await ctx.db.order.findUnique({
        where: { id: input.orderId },
        select: { currency: true },
      });
      // A limit in another currency than the order's cannot be compared: nothing may be refunded.
      const limit = managerLimit
        ? managerLimit.currency === order?.currency
          ? managerLimit.amount
          : 0
        : null;
      return orders.refundOrder(
        ctx.db,
        {
          orderId: input.orderId,
          refundId: input.refundId,
          amount: input.amount,
          lines: input.lines,
          reason: input.reason ?? null,
          staffId: ctx.user.id,
          limit,
        },
        {
          stripe,
          jobs: effects.jobs,
          audit: (tx, { refund, before }) =>
            recordAuditEvent(tx, {
              action: "order.refund",
              actorId: ctx.user.id,
              actorRole: ctx.role,
              entityType: "order",
              entityId: input.orderId,
              before,
              after: {
                refundId: refund.id,
                amount: refund.amount,
                currency: refund.currency,
                reason: refund.reason,
              },
              ...auditRequestInfo(ctx),
            }),
        },
      );
    }),
});
