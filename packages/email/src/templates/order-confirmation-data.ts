// What an order confirmation shows: plain data, so that the job that sends it can build it from
// the order's snapshot (names, prices and address as they were at checkout) without Prisma types.

/** Amounts are integers in the minor units of `currency` (cents for EUR). */
export interface OrderConfirmationLine {
  productName: string;
  /** e.g. "250 g, ground"; empty or absent for a product without variants. */
  variantName?: string;
  quantity: number;
  unitAmount: number;
  /** What the customer pays for the line (after any line discount). */
  totalAmount: number;
}

export interface OrderConfirmationTax {
  /** Names the tax in the `email:taxes` resources (VAT, GST, QST...); shown as is when unknown. */
  code: string;
  /** Parts per million (20% = 200000); shown next to the name when given. */
  ratePpm?: number;
  amount: number;
}

export interface OrderConfirmationAddress {
  name: string;
  line1: string;
  line2?: string;
  postalCode: string;
  city: string;
  /** State or province code (e.g. QC), when the country uses one. */
  region?: string;
  /** ISO 3166-1 alpha-2, shown as the country's name in the customer's language. */
  country: string;
}

export interface OrderConfirmationData {
  /** The human-friendly order number (Order.number). */
  orderNumber: number | string;
  placedAt: Date | string;
  /** IANA time zone the date is shown in (default Europe/Paris). */
  timeZone?: string;
  customerName?: string;
  currency: string;
  lines: OrderConfirmationLine[];
  subtotalAmount: number;
  discountAmount: number;
  discountCode?: string | null;
  shippingAmount: number;
  shippingMethodName?: string;
  /** One line per tax code. */
  taxLines: OrderConfirmationTax[];
  /** true when prices include taxes (shown as "including VAT"), false when taxes are added. */
  pricesIncludeTax: boolean;
  totalAmount: number;
  shippingAddress: OrderConfirmationAddress;
  /** Absolute http(s) URL of the order's page on the storefront, in the customer's language. */
  orderUrl: string;
}
