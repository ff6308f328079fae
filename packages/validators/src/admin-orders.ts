// Inputs of the admin's order pages: the list's filters, an order, a refund and a note. The same
// schemas validate the admin's forms and the admin procedures.
import { z } from "zod";
import { formWholeNumber, optionalDay, rowId } from "./form-fields";
import { msg } from "./messages";

export const ORDER_STATUSES = [
  "PENDING",
  "PAID",
  "FULFILLED",
  "DELIVERED",
  "CANCELLED",
  "REFUNDED",
  "PARTIALLY_REFUNDED",
] as const;

export const ADMIN_ORDERS_PAGE_SIZE = 25;
export const MAX_ADMIN_ORDERS_PAGE_SIZE = 100;

export const adminOrderListInput = z
  .object({
    status: z.preprocess((value) => (value === "" ? undefined : value), z.enum(ORDER_STATUSES).optional()),
    /** An order number (with or without "#") or part of an email address. */
    q: z.preprocess(
      (value) => (typeof value === "string" && value.trim() === "" ? undefined : value),
      z.string().trim().max(254, { error: msg.tooLong }).optional(),
    ),
    from: optionalDay,
    to: optionalDay,
    page: formWholeNumber(10_000).default(1),
    pageSize: formWholeNumber(MAX_ADMIN_ORDERS_PAGE_SIZE).default(ADMIN_ORDERS_PAGE_SIZE),
  })
  .default({ page: 1, pageSize: ADMIN_ORDERS_PAGE_SIZE });
export type AdminOrderListInput = z.input<typeof adminOrderListInput>;

export const adminOrderInput = z.object({ orderId: rowId });

/**
 * A refund: by amount (in minor units) or by lines, with the id the form was shown with, so that a
 * form submitted twice refunds once.
 */
export const adminRefundInput = z
  .object({
    orderId: rowId,
    refundId: z.uuid({ error: msg.required }),
    amount: formWholeNumber(100_000_000).optional(),
    lines: z
      .array(z.object({ orderItemId: rowId, quantity: formWholeNumber(10_000) }))
      .max(200)
      .optional(),
    reason: z.string().trim().max(500, { error: msg.tooLong }).optional(),
  })
  .refine((input) => (input.amount !== undefined) !== (input.lines?.length ?? 0) > 0, {
    error: msg.required,
    path: ["amount"],
  });
export type AdminRefundInput = z.input<typeof adminRefundInput>;

export const adminOrderNoteInput = z.object({
  orderId: rowId,
  text: z
    .string({ error: msg.required })
    .trim()
    .min(1, { error: msg.required })
    .max(2_000, { error: msg.tooLong }),
});
