// Inputs of the admin's audit log and customer pages. The same schemas validate the pages' GET
// forms and the admin procedures; empty form fields mean "no filter".
import { z } from "zod";
import { emptyToUndefined, formWholeNumber, optionalDay, rowId } from "./form-fields";
import { msg } from "./messages";

export const AUDIT_LOG_PAGE_SIZE = 50;
export const MAX_AUDIT_LOG_PAGE_SIZE = 100;
export const ADMIN_CUSTOMERS_PAGE_SIZE = 25;
export const MAX_ADMIN_CUSTOMERS_PAGE_SIZE = 100;

/** Free text of a filter: trimmed, bounded, optional. */
const text = (max: number) =>
  z.preprocess(emptyToUndefined, z.string().trim().max(max, { error: msg.tooLong }).optional());

/** Ids, entity types and action names are plain tokens: anything else cannot match a row. */
const token = (max: number, pattern: RegExp) =>
  z.preprocess(
    emptyToUndefined,
    z.string().trim().max(max, { error: msg.tooLong }).regex(pattern, { error: msg.required }).optional(),
  );

export const adminAuditListInput = z
  .object({
    /** The actor's id, or part of their email address. */
    actor: text(254),
    /** "order", "User"...: exact. */
    entityType: token(64, /^[A-Za-z0-9_.-]+$/),
    entityId: token(64, /^[A-Za-z0-9_-]+$/),
    /** An action ("order.refund"), or its domain alone ("order") for all of its actions. */
    action: token(64, /^[A-Za-z0-9_.-]+$/),
    from: optionalDay,
    to: optionalDay,
    page: formWholeNumber(10_000).default(1),
    pageSize: formWholeNumber(MAX_AUDIT_LOG_PAGE_SIZE).default(AUDIT_LOG_PAGE_SIZE),
  })
  .default({ page: 1, pageSize: AUDIT_LOG_PAGE_SIZE });
export type AdminAuditListInput = z.input<typeof adminAuditListInput>;

export const adminCustomerListInput = z
  .object({
    /** Part of the email address or of the name. */
    q: text(254),
    page: formWholeNumber(10_000).default(1),
    pageSize: formWholeNumber(MAX_ADMIN_CUSTOMERS_PAGE_SIZE).default(ADMIN_CUSTOMERS_PAGE_SIZE),
  })
  .default({ page: 1, pageSize: ADMIN_CUSTOMERS_PAGE_SIZE });
export type AdminCustomerListInput = z.input<typeof adminCustomerListInput>;

export const adminCustomerInput = z.object({ customerId: rowId });
export type AdminCustomerInput = z.input<typeof adminCustomerInput>;
