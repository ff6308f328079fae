import type { Db } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { DomainError } from "../errors";
import { productDetailSelect } from "./queries";
import { toProductDetail } from "./to-dto";
import type { ProductDetailDto } from "./types";

/** An active product by its slug in `locale`. Drafts and archived products are NOT_FOUND for shoppers. */
export async function getProductBySlug(
  db: Db,
  input: { locale: Locale; slug: string },
): Promise<ProductDetailDto> {
  const row = await db.product.findFirst({
    where: { status: "ACTIVE", translations: { some: { locale: input.locale, slug: input.slug } } },
    select: productDetailSelect(input.locale),
  });
  const product = row && toProductDetail(row, input.locale);
  if (!product) throw new DomainError("NOT_FOUND", `product ${input.locale}/${input.slug}`);
  return product;
}
