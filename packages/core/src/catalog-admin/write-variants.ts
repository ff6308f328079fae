// Options, their values and the variants of a product, brought in line with a saved draft. Rows
// are kept where they still mean the same thing (an option by its place, a value by its French
// name, a variant by its id), so carts, reservations and order lines keep pointing at them.
import { LOCALES, type Locale } from "@comptoir/validators";
import type { Tx } from "../transaction";
import type { Localized, ProductDraft } from "./product-draft";

const fold = (text: string) => text.trim().toLocaleLowerCase("fr");

const translationRows = (names: Localized<string>) =>
  LOCALES.map((locale) => ({ locale, name: names[locale] }));

/** Writes translations that changed; `upsert` covers a language added after the row was made. */
async function syncNames(
  current: readonly { locale: Locale; name: string }[],
  names: Localized<string>,
  write: (locale: Locale, name: string) => Promise<unknown>,
) {
  for (const locale of LOCALES) {
    if (current.find((row) => row.locale === locale)?.name !== names[locale])
      await write(locale, names[locale]);
  }
}

/** Per option, its values in the order the variants first use them, named in each language. */
function valuesOf(draft: ProductDraft): Localized<string>[][] {
  return draft.options.map((_, optionIndex) => {
    const values = new Map<string, Localized<string>>();
    for (const variant of draft.variants) {
      const value = variant.values[optionIndex];
      if (value && !values.has(fold(value.fr))) values.set(fold(value.fr), value);
    }
    return [...values.values()];
  });
}

/** Returns, per option, the value ids by folded French name. */
async function writeOptions(tx: Tx, productId: string, draft: ProductDraft): Promise<Map<string, string>[]> {
  const existing = await tx.productOption.findMany({
    where: { productId },
    orderBy: { position: "asc" },
    select: {
      id: true,
      translations: { select: { locale: true, name: true } },
      values: { select: { id: true, translations: { select: { locale: true, name: true } } } },
    },
  });
  await tx.productOption.deleteMany({
    where: { id: { in: existing.slice(draft.options.length).map((row) => row.id) } },
  });
  const wanted = valuesOf(draft);
  const idsByOption: Map<string, string>[] = [];
  for (const [position, option] of draft.options.entries()) {
    const row = existing[position];
    const optionId =
      row?.id ??
      (
        await tx.productOption.create({
          data: { productId, position, translations: { create: translationRows(option.name) } },
          select: { id: true },
        })
      ).id;
    if (row) {
      await syncNames(row.translations, option.name, (locale, name) =>
        tx.productOptionTranslation.upsert({
          where: { optionId_locale: { optionId, locale } },
          create: { optionId, locale, name },
          update: { name },
        }),
      );
    }
    idsByOption.push(await writeValues(tx, optionId, row?.values ?? [], wanted[position] ?? []));
  }
  return idsByOption;
}

async function writeValues(
  tx: Tx,
  optionId: string,
  existing: readonly { id: string; translations: { locale: Locale; name: string }[] }[],
  wanted: readonly Localized<string>[],
): Promise<Map<string, string>> {
  const byName = new Map(
    existing.map((value) => [fold(value.translations.find((row) => row.locale === "fr")?.name ?? ""), value]),
  );
  const ids = new Map<string, string>();
  for (const [position, names] of wanted.entries()) {
    const current = byName.get(fold(names.fr));
    if (current) {
      await tx.productOptionValue.update({ where: { id: current.id }, data: { position } });
      await syncNames(current.translations, names, (locale, name) =>
        tx.productOptionValueTranslation.upsert({
          where: { valueId_locale: { valueId: current.id, locale } },
          create: { valueId: current.id, locale, name },
          update: { name },
        }),
      );
      ids.set(fold(names.fr), current.id);
    } else {
      const created = await tx.productOptionValue.create({
        data: { optionId, position, translations: { create: translationRows(names) } },
        select: { id: true },
      });
      ids.set(fold(names.fr), created.id);
    }
  }
  const used = new Set(ids.values());
  await tx.productOptionValue.deleteMany({ where: { optionId, id: { notIn: [...used] } } });
  return ids;
}

export async function writeOptionsAndVariants(
  tx: Tx,
  productId: string,
  draft: ProductDraft,
  currency: string,
) {
  const kept = draft.variants.flatMap((variant) => (variant.id ? [variant.id] : []));
  await tx.variant.deleteMany({ where: { productId, id: { notIn: kept } } });
  // SKUs may be swapped between two variants in one save: park the changed ones first.
  for (const variant of draft.variants) {
    if (variant.id) {
      await tx.$executeRaw`UPDATE "Variant" SET sku = 'moving-' || id WHERE id = ${variant.id} AND sku <> ${variant.sku}`;
    }
  }
  const valueIds = await writeOptions(tx, productId, draft);
  const variantIds: string[] = [];
  for (const [position, variant] of draft.variants.entries()) {
    const fields = {
      sku: variant.sku,
      position,
      priceAmount: variant.priceAmount,
      compareAtAmount: variant.compareAtAmount,
      currency,
      weightGrams: variant.weightGrams,
    };
    if (variant.id && variant.stockSeen !== null) {
      await tx.variant.update({ where: { id: variant.id }, data: fields });
      // Units sold since the form was shown stay sold: apply what staff changed, never below zero.
      const change = variant.stock - variant.stockSeen;
      if (change !== 0) {
        await tx.$executeRaw`UPDATE "Variant" SET stock = GREATEST(stock + ${change}, 0) WHERE id = ${variant.id}`;
      }
      variantIds.push(variant.id);
    } else if (variant.id) {
      await tx.variant.update({ where: { id: variant.id }, data: { ...fields, stock: variant.stock } });
      variantIds.push(variant.id);
    } else {
      const created = await tx.variant.create({
        data: { productId, ...fields, stock: variant.stock },
        select: { id: true },
      });
      variantIds.push(created.id);
    }
  }
  await tx.variantOptionValue.deleteMany({ where: { variantId: { in: variantIds } } });
  const links = draft.variants.flatMap((variant, index) =>
    variant.values.map((value, optionIndex) => ({
      variantId: variantIds[index]!,
      optionValueId: valueIds[optionIndex]!.get(fold(value.fr))!,
    })),
  );
  if (links.length > 0) await tx.variantOptionValue.createMany({ data: links });
}
