// Inputs of the customer's own account pages: profile, address book, order history and privacy.
// The same schemas validate the storefront's forms and the account procedures.
import { z } from "zod";
import { shippingAddressSchema } from "./address";
import { emailSchema } from "./email";
import { LOCALES } from "./locales";
import { msg } from "./messages";

/** Translation keys (namespace "errors") of the account forms' own messages. */
export const accountMsg = {
  locale: "validation.locale",
  confirmEmail: "validation.confirm_email",
} as const;

/** How many addresses one account may keep: enough for any household, not a data store. */
export const MAX_ADDRESSES = 20;

/** Orders per page of the order history; the page size a client may ask for is bounded too. */
export const ORDER_HISTORY_PAGE_SIZE = 10;
export const MAX_ORDER_HISTORY_PAGE_SIZE = 50;

/** Row ids (cuid) as they travel in forms and URLs. */
const rowId = z
  .string({ error: msg.required })
  .trim()
  .min(1, { error: msg.required, abort: true })
  .max(64, { error: msg.required })
  .regex(/^[A-Za-z0-9_-]+$/, { error: msg.required });

/** "" (an emptied field) and absent both mean no name. */
const nameSchema = z.preprocess(
  (value) => (value === undefined || (typeof value === "string" && value.trim() === "") ? null : value),
  z.string({ error: msg.required }).trim().max(100, { error: msg.tooLong }).nullable(),
);

export const profileUpdateInput = z.object({
  name: nameSchema,
  locale: z.enum(LOCALES, { error: accountMsg.locale }),
});
export type ProfileUpdateInput = z.input<typeof profileUpdateInput>;

/**
 * Whether the address becomes the default one. On creation, absent means no; on an update, absent
 * leaves it as it is and false stops it being the default.
 */
const defaultFlags = {
  defaultShipping: z.boolean().optional(),
  defaultBilling: z.boolean().optional(),
};

// The checkout's address rules (postal code per country, province for Canada) apply unchanged: a
// saved address is one the shop can ship to.
export const addressCreateInput = z.intersection(shippingAddressSchema, z.object(defaultFlags));
export type AddressCreateInput = z.input<typeof addressCreateInput>;

export const addressUpdateInput = z.intersection(
  shippingAddressSchema,
  z.object({ id: rowId, ...defaultFlags }),
);
export type AddressUpdateInput = z.input<typeof addressUpdateInput>;

export const addressIdInput = z.object({ id: rowId });

export const ADDRESS_DEFAULT_KINDS = ["shipping", "billing"] as const;
export type AddressDefaultKind = (typeof ADDRESS_DEFAULT_KINDS)[number];

export const addressSetDefaultInput = z.object({ id: rowId, kind: z.enum(ADDRESS_DEFAULT_KINDS) });

const wholeNumber = (max: number) =>
  z
    .number({ error: msg.number })
    .int({ error: msg.number })
    .min(1, { error: msg.number })
    .max(max, { error: msg.number });

export const orderHistoryInput = z
  .object({
    page: wholeNumber(10_000).default(1),
    pageSize: wholeNumber(MAX_ORDER_HISTORY_PAGE_SIZE).default(ORDER_HISTORY_PAGE_SIZE),
  })
  .default({ page: 1, pageSize: ORDER_HISTORY_PAGE_SIZE });
export type OrderHistoryInput = z.input<typeof orderHistoryInput>;

/** An order by the number printed on its confirmation. */
export const orderByNumberInput = z.object({ number: wholeNumber(2_147_483_647) });

export const deleteAccountInput = z.object({
  // Required for accounts that have a password; checked against it, so no length rule here.
  password: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.string().max(1024, { error: msg.tooLong }).optional(),
  ),
  confirmEmail: emailSchema,
});
export type DeleteAccountInput = z.input<typeof deleteAccountInput>;

/**
 * The deletion form asks for the account's address, typed again, so that an account is never
 * deleted by a stray click. The check needs the account's address: the form (which knows it) and
 * the procedure use this same schema.
 */
export function deleteAccountConfirmation(accountEmail: string) {
  return deleteAccountInput.refine((input) => input.confirmEmail === accountEmail.trim().toLowerCase(), {
    error: accountMsg.confirmEmail,
    path: ["confirmEmail"],
  });
}
