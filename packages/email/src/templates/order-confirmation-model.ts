// Turns an order into the localized texts of its confirmation, once, for both the HTML and the
// text version: they can then never disagree on an amount or a label.
import { formatDate, formatMoney, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import type { OrderConfirmationAddress, OrderConfirmationData } from "./order-confirmation-data";

export interface SummaryRow {
  label: string;
  value: string;
  /** The grand total, drawn bolder. */
  total?: boolean;
  /** Taxes already included in the total: a note under it. */
  note?: boolean;
}

export interface OrderConfirmationModel {
  locale: Locale;
  subject: string;
  preheader: string;
  heading: string;
  greeting: string;
  intro: string;
  facts: { label: string; value: string }[];
  columns: { item: string; quantity: string; unitPrice: string; total: string };
  lines: {
    name: string;
    variant: string;
    quantity: string;
    unitPrice: string;
    total: string;
    text: string;
  }[];
  summary: SummaryRow[];
  addressTitle: string;
  addressLines: string[];
  orderUrl: string;
  viewOrder: string;
  viewOrderText: string;
  questions: string;
  signature: string;
}

// Countries that write the postal code after the city and region ("Montréal QC H2X 1Y4").
const CITY_FIRST = new Set(["CA", "US", "GB", "AU"]);

function addressLines(address: OrderConfirmationAddress, locale: Locale): string[] {
  const country = address.country.toUpperCase();
  const countryName = new Intl.DisplayNames([locale], { type: "region" }).of(country) ?? country;
  const locality = CITY_FIRST.has(country)
    ? [address.city, address.region, address.postalCode]
    : [address.postalCode, address.city, address.region];
  return [address.name, address.line1, address.line2, locality.filter(Boolean).join(" "), countryName].filter(
    (line): line is string => Boolean(line?.trim()),
  );
}

function assertWebUrl(url: string): string {
  // The link lands in an href: anything but http(s) (javascript:, data:) must never get there.
  if (!URL.canParse(url) || !["http:", "https:"].includes(new URL(url).protocol)) {
    throw new Error("orderUrl must be an absolute http(s) URL");
  }
  return url;
}

export function buildOrderConfirmationModel(
  data: OrderConfirmationData,
  locale: Locale,
): OrderConfirmationModel {
  const t = getFixedT(locale, "email");
  const money = (amount: number) => formatMoney(amount, data.currency, locale);
  const percent = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 3 });
  const number = String(data.orderNumber);
  const orderUrl = assertWebUrl(data.orderUrl);

  const taxRows: SummaryRow[] = data.taxLines.map((tax) => {
    const name = t(`taxes.${tax.code}` as "taxes.VAT", { defaultValue: tax.code });
    const label =
      tax.ratePpm === undefined
        ? name
        : t("orderConfirmation.taxRate", { name, rate: percent.format(tax.ratePpm / 1e6) });
    return data.pricesIncludeTax
      ? { label: t("orderConfirmation.taxIncluded", { tax: label }), value: money(tax.amount), note: true }
      : { label, value: money(tax.amount) };
  });

  const summary: SummaryRow[] = [
    { label: t("orderConfirmation.subtotal"), value: money(data.subtotalAmount) },
  ];
  if (data.discountAmount > 0) {
    summary.push({
      label: data.discountCode
        ? t("orderConfirmation.discountWithCode", { code: data.discountCode })
        : t("orderConfirmation.discount"),
      value: money(-data.discountAmount),
    });
  }
  summary.push({
    label: data.shippingMethodName
      ? t("orderConfirmation.shippingWithMethod", { method: data.shippingMethodName })
      : t("orderConfirmation.shipping"),
    value: data.shippingAmount === 0 ? t("orderConfirmation.shippingFree") : money(data.shippingAmount),
  });
  // Added taxes come before the total they make up; included taxes are a note under it.
  if (!data.pricesIncludeTax) summary.push(...taxRows);
  summary.push({ label: t("orderConfirmation.total"), value: money(data.totalAmount), total: true });
  if (data.pricesIncludeTax) summary.push(...taxRows);

  return {
    locale,
    subject: t("orderConfirmation.subject", { number }),
    preheader: t("orderConfirmation.preheader", { number }),
    heading: t("orderConfirmation.heading"),
    greeting: data.customerName?.trim()
      ? t("orderConfirmation.greeting", { name: data.customerName.trim() })
      : t("orderConfirmation.greetingAnonymous"),
    intro: t("orderConfirmation.intro"),
    facts: [
      {
        label: t("orderConfirmation.orderNumber"),
        value: t("orderConfirmation.orderNumberValue", { number }),
      },
      {
        label: t("orderConfirmation.orderDate"),
        value: formatDate(data.placedAt, locale, {
          dateStyle: "long",
          timeZone: data.timeZone ?? "Europe/Paris",
        }),
      },
    ],
    columns: {
      item: t("orderConfirmation.columns.item"),
      quantity: t("orderConfirmation.columns.quantity"),
      unitPrice: t("orderConfirmation.columns.unitPrice"),
      total: t("orderConfirmation.columns.total"),
    },
    lines: data.lines.map((line) => {
      const quantity = new Intl.NumberFormat(locale).format(line.quantity);
      const unitPrice = money(line.unitAmount);
      const total = money(line.totalAmount);
      return {
        name: line.productName,
        variant: line.variantName ?? "",
        quantity,
        unitPrice,
        total,
        text: t("orderConfirmation.lineText", { quantity, unitPrice, total }),
      };
    }),
    summary,
    addressTitle: t("orderConfirmation.shippingAddress"),
    addressLines: addressLines(data.shippingAddress, locale),
    orderUrl,
    viewOrder: t("orderConfirmation.viewOrder"),
    viewOrderText: t("orderConfirmation.viewOrderText", { url: orderUrl }),
    questions: t("orderConfirmation.questions"),
    signature: t("orderConfirmation.signature"),
  };
}
