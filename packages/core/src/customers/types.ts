// What the customer's account pages and the data export show: DTOs, never Prisma's rows. None of
// them carries a password hash, a session id or a token hash.
import type { Locale, OrderStatus } from "@comptoir/db";
import type { OrderSummary } from "../orders/order-summary";

export interface CustomerProfile {
  id: string;
  email: string;
  name: string | null;
  locale: Locale;
  emailVerifiedAt: Date | null;
  /** False for accounts that only ever log in by magic link. */
  hasPassword: boolean;
  createdAt: Date;
}

export interface SavedAddress {
  id: string;
  name: string;
  line1: string;
  line2: string | null;
  postalCode: string;
  city: string;
  region: string | null;
  country: string;
  phone: string | null;
  isDefaultShipping: boolean;
  isDefaultBilling: boolean;
}

export interface OrderHistoryItem {
  id: string;
  number: number;
  status: OrderStatus;
  createdAt: Date;
  totalAmount: number;
  currency: string;
  /** Units, not lines: "3 items" for two of one product and one of another. */
  itemCount: number;
}

export interface OrderHistoryPage {
  items: OrderHistoryItem[];
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

/** One step of an order's life as its customer sees it: what happened, the status it led to, when. */
export interface OrderTimelineEntry {
  /** "order_created", "payment_succeeded", "refund"...: translated by the storefront. */
  type: string;
  status: OrderStatus | null;
  at: Date;
}

export interface CustomerOrder extends OrderSummary {
  refundedAmount: number;
  timeline: OrderTimelineEntry[];
}

/** One order on its own page: with how it was shipped, once it was. */
export interface CustomerOrderDetail extends CustomerOrder {
  /** The carrier and tracking number staff gave; a link only for carriers we know. */
  shipment: { carrierName: string; trackingNumber: string; trackingUrl: string | null } | null;
}

export interface CustomerSessionExport {
  /** A public id derived from the session id, as the list of devices shows it; never the id itself. */
  id: string;
  createdAt: Date;
  expiresAt: Date;
  userAgent: string | null;
  ipAddress: string | null;
}

export interface CustomerDataExport {
  exportedAt: Date;
  profile: CustomerProfile;
  addresses: SavedAddress[];
  cart: { currency: string; items: { sku: string; quantity: number; addedAt: Date }[] } | null;
  orders: CustomerOrder[];
  sessions: CustomerSessionExport[];
  /** Security events of the account (logins, password changes...): what, when and from where. */
  securityEvents: { action: string; at: Date; ipAddress: string | null; userAgent: string | null }[];
}
