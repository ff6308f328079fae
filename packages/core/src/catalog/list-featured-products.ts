import type { Db } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { productCardSelect } from "./queries";
import { toProductCard } from "./to-dto";
import type { ProductCardDto } from "./types";

/** Active, featured products translated into `locale`, newest first: the home page's selection. */
export async function listFeaturedProducts(
  db: Db,
  input: { locale: Locale; limit: number },
): Promise<ProductCardDto[]> {
  const rows = await db.product.findMany({
    where: {
      status: "ACTIVE",
      featured: true,
      translations: { some: { locale: input.locale } },
      variants: { some: {} },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "asc" }],
    take: input.limit,
    select: productCardSelect(input.locale),
  });
  return rows.map(toProductCard).filter((card): card is ProductCardDto => card !== null);
}
