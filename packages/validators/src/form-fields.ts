// Fields shared by the forms and procedures of several pages: row ids, page numbers typed in a
// URL, calendar days typed in a date field.
import { z } from "zod";
import { msg } from "./messages";

/** An emptied form field means "not given". */
export const emptyToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

/** Row ids (cuid) as they travel in forms and URLs. */
export const rowId = z
  .string({ error: msg.required })
  .trim()
  .min(1, { error: msg.required, abort: true })
  .max(64, { error: msg.required })
  .regex(/^[A-Za-z0-9_-]+$/, { error: msg.required });

/** A whole number from 1 to `max`, typed as text in a form or a URL. */
export const formWholeNumber = (max: number) =>
  z.coerce
    .number({ error: msg.number })
    .int({ error: msg.number })
    .min(1, { error: msg.number })
    .max(max, { error: msg.number });

/** Whether YYYY-MM-DD names a day that exists (not 2026-02-30, not 2026-13-01). */
function isCalendarDay(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** A calendar day typed in a date field (YYYY-MM-DD), a real one; "" means no bound. */
export const optionalDay = z.preprocess(
  emptyToUndefined,
  z
    .string({ error: msg.date })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: msg.date, abort: true })
    .refine((value) => isCalendarDay(value), { error: msg.date })
    .optional(),
);
