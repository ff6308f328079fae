// The category tree as nested lists, each category with its names in both languages, its slug, its
// product count and, for roles that may change it, its actions: plain forms, so that they work
// without JavaScript.
import type { AdminCategoryRowDto } from "@comptoir/api";
import { LOCALES, type Locale } from "@comptoir/i18n";
import { Form, Link } from "@remix-run/react";
import { useTranslation } from "@comptoir/i18n/react";

/** The category's name in `locale`, else in any language it has one in. */
export function categoryName(row: AdminCategoryRowDto, locale: Locale): string {
  return row.texts[locale]?.name ?? LOCALES.map((other) => row.texts[other]?.name).find(Boolean) ?? row.key;
}

function childrenByParent(rows: AdminCategoryRowDto[]) {
  const children = new Map<string | null, AdminCategoryRowDto[]>();
  for (const row of rows) children.set(row.parentId, [...(children.get(row.parentId) ?? []), row]);
  return children;
}

interface TreeProps {
  rows: AdminCategoryRowDto[];
  locale: Locale;
  canWrite: boolean;
}

export function CategoryTree({ rows, locale, canWrite }: TreeProps) {
  const { t } = useTranslation("admin");
  const children = childrenByParent(rows);
  return (
    <ul className="category-tree" aria-label={t("categories.tree")} data-testid="category-tree">
      {(children.get(null) ?? []).map((row) => (
        <CategoryItem key={row.id} row={row} childrenOf={children} locale={locale} canWrite={canWrite} />
      ))}
    </ul>
  );
}

function CategoryItem({
  row,
  childrenOf,
  locale,
  canWrite,
}: Omit<TreeProps, "rows"> & {
  row: AdminCategoryRowDto;
  childrenOf: Map<string | null, AdminCategoryRowDto[]>;
}) {
  const { t } = useTranslation("admin");
  const { t: tCommon } = useTranslation("common");
  const name = categoryName(row, locale);
  const children = childrenOf.get(row.id) ?? [];
  return (
    <li data-testid="category-item">
      <div
        className="category-tree__row"
        data-testid="category-row"
        data-category-id={row.id}
        data-depth={row.depth}
      >
        <div className="category-tree__texts">
          {LOCALES.map((language) => {
            const texts = row.texts[language];
            return texts ? (
              <span
                key={language}
                lang={language}
                className={language === locale ? "category-tree__name" : "muted"}
              >
                {texts.name} <code className="category-tree__slug">/{texts.slug}</code>
              </span>
            ) : (
              <span key={language} className="badge badge--warning">
                {t("categories.untranslated", { language: tCommon(`language.names.${language}`) })}
              </span>
            );
          })}
        </div>
        <span className="badge badge--muted">{t("categories.products", { count: row.productCount })}</span>
        {canWrite ? (
          <div
            className="category-tree__actions"
            role="group"
            aria-label={t("categories.actions.label", { name })}
          >
            {row.first ? null : (
              <ActionButton
                categoryId={row.id}
                intent="reorder"
                direction="up"
                label={t("categories.actions.upLabel", { name })}
              >
                {t("categories.actions.up")}
              </ActionButton>
            )}
            {row.last ? null : (
              <ActionButton
                categoryId={row.id}
                intent="reorder"
                direction="down"
                label={t("categories.actions.downLabel", { name })}
              >
                {t("categories.actions.down")}
              </ActionButton>
            )}
            <Link
              to={`/categories?${new URLSearchParams({ edit: row.id })}`}
              className="btn btn--ghost btn--small"
              aria-label={t("categories.actions.editLabel", { name })}
            >
              {t("categories.actions.edit")}
            </Link>
            <ActionButton
              categoryId={row.id}
              intent="delete"
              label={t("categories.actions.deleteLabel", { name })}
            >
              {t("categories.actions.delete")}
            </ActionButton>
          </div>
        ) : null}
      </div>
      {children.length > 0 ? (
        <ul className="category-tree">
          {children.map((child) => (
            <CategoryItem
              key={child.id}
              row={child}
              childrenOf={childrenOf}
              locale={locale}
              canWrite={canWrite}
            />
          ))}
        </ul>
      ) : null}
    </li>
  );
}

function ActionButton({
  categoryId,
  intent,
  direction,
  label,
  children,
}: {
  categoryId: string;
  intent: "reorder" | "delete";
  direction?: "up" | "down";
  label: string;
  children: string;
}) {
  return (
    <Form method="post" action="/categories">
      <input type="hidden" name="categoryId" value={categoryId} />
      {direction ? <input type="hidden" name="direction" value={direction} /> : null}
      <button
        type="submit"
        name="intent"
        value={intent}
        className="btn btn--ghost btn--small"
        aria-label={label}
      >
        {children}
      </button>
    </Form>
  );
}
