import { recordAuditEvent, auditRequestInfo } from "@comptoir/audit";
import { orders, staff, type Tx } from "@comptoir/core";
import type { Db } from "@comptoir/db";
import {
  adminOrderInput,
  adminOrderListInput,
  adminOrderNoteInput,
  adminRefundInput,
} from "@comptoir/validators";
import { shopSettings } from "../../shop-settings";
import { requires, requiresRecentAuth, router } from "../../trpc";
import { adminCancelInput, adminFulfilInput } from "./order-fulfilment.input";

/** The most a staff member may refund at once on this order: a manager's limit, none for others. */
async function refundLimitOf(db: Db, role: string | null, orderId: string): Promise<number | null> {
  if (role !== "MANAGER") return null;
  const managerLimit = await staff.loadManagerRefundLimit(db);
  if (!managerLimit) return null;
  const order = await db.order.findUnique({ where: { id: orderId }, select: { currency: true } });
  // A limit in another currency than the order's cannot be compared: nothing may be refunded.
  return managerLimit.currency === order?.currency ? managerLimit.amount : 0;
}

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
      const limit = await refundLimitOf(ctx.db, ctx.role, input.orderId);
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

  /** Marks a paid order shipped with its carrier and tracking number; the customer gets an email. */
  fulfil: requires("orders.write")
    .input(adminFulfilInput)
    .mutation(async ({ ctx, input }) => {
      const { effects } = await ctx.commerce();
      const audit = statusAudit(ctx, "order.fulfilled", input.orderId);
      const change = await orders.fulfilOrder(
        ctx.db,
        { orderId: input.orderId, shipment: input.shipment, staffId: ctx.user.id },
        {
          jobs: effects.jobs,
          audit: (tx, { before, after, shipment }) =>
            audit(tx, before, {
              ...after,
              carrier: shipment?.carrierName ?? null,
              trackingNumber: shipment?.trackingNumber ?? null,
            }),
        },
      );
      return change.after;
    }),

  markDelivered: requires("orders.write")
    .input(adminOrderInput)
    .mutation(async ({ ctx, input }) => {
      const { effects } = await ctx.commerce();
      const audit = statusAudit(ctx, "order.delivered", input.orderId);
      const change = await orders.markOrderDelivered(
        ctx.db,
        { orderId: input.orderId, staffId: ctx.user.id },
        { jobs: effects.jobs, audit: (tx, { before, after }) => audit(tx, before, after) },
      );
      return change.after;
    }),

  /**
   * Cancels an unpaid or paid (not shipped) order: stock back on sale and, when paid, what is left
   * refunded in full. It moves money, so it needs a recent proof of identity and respects a
   * manager's refund limit.
   */
  cancel: requiresRecentAuth("orders.write")
    .input(adminCancelInput)
    .mutation(async ({ ctx, input }) => {
      const { stripe, effects } = await ctx.commerce();
      const audit = statusAudit(ctx, "order.cancelled", input.orderId);
      const outcome = await orders.cancelOrder(
        ctx.db,
        {
          orderId: input.orderId,
          staffId: ctx.user.id,
          reason: input.reason ?? null,
          refundLimit: await refundLimitOf(ctx.db, ctx.role, input.orderId),
        },
        {
          stripe,
          jobs: effects.jobs,
          audit: (tx, { before, after }) => audit(tx, before, { ...after, reason: input.reason ?? null }),
        },
      );
      return {
        status: outcome.status,
        refund: outcome.refund ? { amount: outcome.refund.amount, status: outcome.refund.status } : null,
      };
    }),
});

/** The audit entry of a status change, written in the change's own transaction. */
function statusAudit(
  ctx: Parameters<typeof auditRequestInfo>[0] & {
    user: { id: string };
    role: NonNullable<Parameters<typeof recordAuditEvent>[1]["actorRole"]>;
  },
  action: string,
  orderId: string,
) {
  return (tx: Tx, before: Record<string, unknown>, after: Record<string, unknown>) =>
    recordAuditEvent(tx, {
      action,
      actorId: ctx.user.id,
      actorRole: ctx.role,
      entityType: "order",
      entityId: orderId,
      before,
      after,
      ...auditRequestInfo(ctx),
    });
}
