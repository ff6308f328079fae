import { createDb } from "@comptoir/db";

/** The French slug of an active product sold in several variants, with different prices. */
export async function productWithVariants(): Promise<string> {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  try {
    const products = await db.product.findMany({
      where: { status: "ACTIVE" },
      select: {
        translations: { where: { locale: "fr" }, select: { slug: true } },
        variants: { select: { priceAmount: true } },
      },
    });
    const match = products.find(
      (product) => new Set(product.variants.map((variant) => variant.priceAmount)).size > 1,
    );
    return match!.translations[0]!.slug;
  } finally {
    await db.$disconnect();
  }
}
