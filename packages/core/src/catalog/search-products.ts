import type { Db } from "@comptoir/db";
import type { Locale, SearchInput } from "@comptoir/validators";
import { productCardSelect } from "./queries";
import { toProductCard } from "./to-dto";
import type { ProductCardDto, SearchResultDto } from "./types";

/** The text search configuration of each locale (created by a migration: stemming + unaccent). */
const TEXT_SEARCH_CONFIG: Record<Locale, string> = { fr: "comptoir_fr", en: "comptoir_en" };

const MAX_TERMS = 8;

/**
 * The words of a search, letters and digits only: punctuation, quotes, operators and anything
 * SQL-looking are dropped, so the text can never change the structure of the query.
 */
export function searchTerms(text: string): string[] {
  return (text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [])
    .slice(0, MAX_TERMS)
    .map((term) => term.slice(0, 40));
}

/**
 * Full-text search over active products' names and descriptions in one locale, best matches first.
 * Each word also matches as a prefix ("colomb" finds "Colombie"); accents do not matter ("cafe"
 * finds "café") because the locale's configuration unaccents both the text and the query.
 */
export async function searchProducts(db: Db, input: SearchInput): Promise<SearchResultDto> {
  const terms = searchTerms(input.q);
  const empty = { items: [], total: 0, page: input.page, pageSize: input.pageSize, pageCount: 1, terms };
  if (terms.length === 0) return empty;

  const query = terms.map((term) => `${term}:*`).join(" & ");
  const offset = (input.page - 1) * input.pageSize;
  const hits = await db.$queryRaw<{ productId: string; total: number }[]>`
    SELECT translation."productId", count(*) OVER ()::int AS total
    FROM "ProductTranslation" translation
    JOIN "Product" product ON product.id = translation."productId"
    CROSS JOIN to_tsquery(${TEXT_SEARCH_CONFIG[input.locale]}::regconfig, ${query}) query
    WHERE translation.locale = ${input.locale}::"Locale"
      AND product.status = 'ACTIVE'
      AND translation."searchVector" @@ query
    ORDER BY ts_rank(translation."searchVector", query) DESC, translation.name, translation."productId"
    LIMIT ${input.pageSize} OFFSET ${offset}`;
  const total = hits[0]?.total ?? 0;
  if (hits.length === 0)
    return { ...empty, total, pageCount: Math.max(1, Math.ceil(total / input.pageSize)) };

  const rows = await db.product.findMany({
    where: { id: { in: hits.map((hit) => hit.productId) } },
    select: productCardSelect(input.locale),
  });
  const cards = new Map(rows.map((row) => [row.id, toProductCard(row)]));
  return {
    items: hits
      .map((hit) => cards.get(hit.productId))
      .filter((card): card is ProductCardDto => Boolean(card)),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    terms,
  };
}
