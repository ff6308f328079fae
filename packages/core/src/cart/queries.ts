// Prisma selects for carts, explicit so that a cart with any number of lines is read in one statement
// (relationJoins) with exactly the columns the DTOs and pricing need.
import type { Prisma } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { mediaRefSelect } from "../media/media-select";

/** Any client: the shared one or a transaction's (checkout prices the cart inside its own). */
export type DbClient = Prisma.TransactionClient;

export const discountRulesSelect = {
  id: true,
  code: true,
  kind: true,
  percentOff: true,
  amountOff: true,
  currency: true,
  minimumSubtotal: true,
  startsAt: true,
  endsAt: true,
  usageLimit: true,
  perCustomerLimit: true,
  timesUsed: true,
  active: true,
} satisfies Prisma.DiscountCodeSelect;

export const cartSelect = (locale: Locale) =>
  ({
    id: true,
    userId: true,
    currency: true,
    discountCode: { select: discountRulesSelect },
    items: {
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: {
        quantity: true,
        variant: {
          select: {
            id: true,
            sku: true,
            priceAmount: true,
            compareAtAmount: true,
            currency: true,
            stock: true,
            optionValues: {
              select: {
                optionValue: {
                  select: {
                    option: { select: { position: true } },
                    translations: { where: { locale }, select: { name: true } },
                  },
                },
              },
            },
            product: {
              select: {
                id: true,
                status: true,
                translations: { select: { locale: true, name: true, slug: true } },
                images: {
                  orderBy: { position: "asc" },
                  take: 1,
                  select: { media: { select: mediaRefSelect } },
                },
              },
            },
          },
        },
      },
    },
  }) satisfies Prisma.CartSelect;

export type CartRow = Prisma.CartGetPayload<{ select: ReturnType<typeof cartSelect> }>;
export type CartItemRow = CartRow["items"][number];
export type DiscountRow = Prisma.DiscountCodeGetPayload<{ select: typeof discountRulesSelect }>;

/**
 * Which cart a request may see: a customer's own cart, or a guest cart by its id. A guest id that
 * belongs to a customer's cart matches nothing, so it behaves exactly like an unknown id.
 */
export function ownedCartWhere(input: {
  cartId?: string | null;
  userId?: string | null;
}): Prisma.CartWhereInput | null {
  if (input.userId) return { userId: input.userId };
  if (input.cartId) return { id: input.cartId, userId: null };
  return null;
}
