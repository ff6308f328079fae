/** What the shipping email needs: the order as the customer knows it and the parcel's tracking. */
export interface OrderShippedData {
  orderNumber: number;
  customerName?: string;
  carrierName: string;
  trackingNumber: string;
  /** A known carrier's tracking page for this parcel; absent for a carrier typed by hand. */
  trackingUrl?: string | null;
  lines: OrderShippedLine[];
  /** Where the customer follows the order (their account's order page, or the shop). */
  orderUrl: string;
}

export interface OrderShippedLine {
  productName: string;
  variantName?: string;
  quantity: number;
}
