// What the checkout tests arrange and check beside the browser: the catalog and orders in the
// stack's database, and the emails caught by its mailbox.
import { ENHANCED_FIELD } from "../app/lib/cart-action-data";
import { createDb, type Db } from "@comptoir/db";
import { expect, type Page } from "@playwright/test";

export async function withDb<T>(use: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    return await use(db);
  } finally {
    await db.$disconnect();
  }
}

export interface SellableVariant {
  id: string;
  sku: string;
  stock: number;
}

/**
 * The `nth` active product with at least two variants well in stock, by its slugs: each test takes
 * its own, so that tests running side by side never count each other's stock.
 */
export async function productWithTwoVariants(nth = 0) {
  return withDb(async (db) => {
    const products = await db.product.findMany({
      where: { status: "ACTIVE" },
      orderBy: { key: "asc" },
      select: {
        id: true,
        translations: { select: { locale: true, slug: true } },
        variants: {
          where: { stock: { gte: 5 } },
          orderBy: { position: "asc" },
          select: { id: true, sku: true, stock: true },
        },
      },
    });
    const product = products.filter((candidate) => candidate.variants.length >= 2)[nth]!;
    const slug = (locale: string) => product.translations.find((t) => t.locale === locale)!.slug;
    return { id: product.id, fr: slug("fr"), en: slug("en"), variants: product.variants.slice(0, 2) };
  });
}

export async function stockOf(variantId: string): Promise<number> {
  return withDb(async (db) => (await db.variant.findUniqueOrThrow({ where: { id: variantId } })).stock);
}

export async function ordersOf(email: string) {
  return withDb((db) =>
    db.order.findMany({
      where: { email },
      select: { id: true, number: true, status: true, totalAmount: true },
    }),
  );
}

interface MailboxMessage {
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

/** The emails the shop sent to `email`, waiting up to `timeoutMs` for at least one. */
export async function emailsTo(email: string, timeoutMs = 20_000): Promise<MailboxMessage[]> {
  const url = `${process.env.E2E_MAILBOX_URL}/api/messages?to=${encodeURIComponent(email)}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const messages = (await (await fetch(url)).json()) as MailboxMessage[];
    if (messages.length > 0 || Date.now() > deadline) return messages;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Adds a variant from its product page (the variant chosen by its link), as a shopper does. */
export async function addToCart(page: Page, productPath: string, sku: string) {
  await page.goto(`${productPath}?variant=${encodeURIComponent(sku)}`);
  const form = page.getByTestId("add-to-cart");
  // Once hydrated, the form marks itself as sent by a fetcher (the field is never rendered by the
  // server): a click before that would post the plain form, which answers with another page.
  await expect(form.locator(`input[name="${ENHANCED_FIELD}"]`)).toBeAttached();
  await form.getByRole("button").click();
  await expect(page.getByTestId("add-to-cart-added")).toBeVisible();
}
