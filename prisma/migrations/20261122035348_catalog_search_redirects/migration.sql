-- CreateEnum
CREATE TYPE "RedirectKind" AS ENUM ('PRODUCT', 'CATEGORY');

-- Full-text search, accent-insensitive ("cafe" finds "café"), stemmed per language.
-- (Hand-written: Prisma cannot express extensions, text search configurations or generated columns.)
CREATE EXTENSION IF NOT EXISTS unaccent;

CREATE TEXT SEARCH CONFIGURATION comptoir_fr (COPY = french);
ALTER TEXT SEARCH CONFIGURATION comptoir_fr
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

CREATE TEXT SEARCH CONFIGURATION comptoir_en (COPY = english);
ALTER TEXT SEARCH CONFIGURATION comptoir_en
  ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;

-- AlterTable: kept up to date by PostgreSQL itself, whatever writes the row.
ALTER TABLE "ProductTranslation" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  CASE "locale"
    WHEN 'fr' THEN
      setweight(to_tsvector('comptoir_fr'::regconfig, coalesce("name", '')), 'A') ||
      setweight(to_tsvector('comptoir_fr'::regconfig, coalesce("description", '')), 'C')
    ELSE
      setweight(to_tsvector('comptoir_en'::regconfig, coalesce("name", '')), 'A') ||
      setweight(to_tsvector('comptoir_en'::regconfig, coalesce("description", '')), 'C')
  END
) STORED;

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "id" TEXT NOT NULL,
    "kind" "RedirectKind" NOT NULL,
    "locale" "Locale" NOT NULL,
    "fromSlug" TEXT NOT NULL,
    "productId" TEXT,
    "categoryId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "SlugRedirect_productId_idx" ON "SlugRedirect"("productId");

-- CreateIndex
CREATE INDEX "SlugRedirect_categoryId_idx" ON "SlugRedirect"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "SlugRedirect_kind_locale_fromSlug_key" ON "SlugRedirect"("kind", "locale", "fromSlug");

-- CreateIndex
CREATE INDEX "Product_status_publishedAt_idx" ON "Product"("status", "publishedAt");

-- CreateIndex
CREATE INDEX "ProductTranslation_searchVector_idx" ON "ProductTranslation" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A redirect points at exactly the kind of entity it names.
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_target" CHECK (
  ("kind" = 'PRODUCT' AND "productId" IS NOT NULL AND "categoryId" IS NULL) OR
  ("kind" = 'CATEGORY' AND "categoryId" IS NOT NULL AND "productId" IS NULL)
);

-- Catalog change notifications: the apps cache catalog reads in memory and drop the cache when
-- this channel speaks (packages/core/src/catalog/catalog-cache.ts). Statement-level triggers, and
-- PostgreSQL folds identical notifications of one transaction into one, delivered at commit.
CREATE FUNCTION comptoir_notify_catalog_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_notify('comptoir_catalog', TG_TABLE_NAME);
  RETURN NULL;
END
$$;

DO $$
DECLARE
  catalog_table text;
BEGIN
  FOREACH catalog_table IN ARRAY ARRAY[
    'Category', 'CategoryTranslation', 'Product', 'ProductTranslation', 'ProductCategory',
    'ProductOption', 'ProductOptionTranslation', 'ProductOptionValue', 'ProductOptionValueTranslation',
    'Variant', 'VariantOptionValue', 'ProductImage', 'ProductImageTranslation', 'SlugRedirect'
  ] LOOP
    EXECUTE format(
      'CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION comptoir_notify_catalog_change()',
      catalog_table || '_notify_catalog_change', catalog_table
    );
  END LOOP;
END
$$;
