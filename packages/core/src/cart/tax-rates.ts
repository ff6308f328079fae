import type { TaxTerms } from "../pricing";
import type { DbClient } from "./queries";

/**
 * The taxes of a destination. The most specific level that has rates wins: when the region has
 * rows of its own, they are its complete list (Québec: GST + QST; Ontario: HST alone, which
 * replaces GST); otherwise the country-wide rows (region "") apply. One query.
 */
export async function loadTaxRates(
  db: DbClient,
  destination: { country: string; region?: string | null } | null,
): Promise<TaxTerms[]> {
  if (!destination) return [];
  const region = destination.region?.trim().toUpperCase() ?? "";
  const rows = await db.taxRate.findMany({
    where: { country: destination.country, region: { in: region ? [region, ""] : [""] } },
    orderBy: [{ position: "asc" }, { code: "asc" }],
    select: { region: true, code: true, ratePpm: true },
  });
  const regional = rows.filter((row) => row.region !== "");
  return (regional.length > 0 ? regional : rows).map(({ code, ratePpm }) => ({ code, ratePpm }));
}
