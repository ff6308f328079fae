import { Link } from "@remix-run/react";
import { useTranslation } from "@comptoir/i18n/react";

/** Previous / "page N of M" / next, as links (the URL is the list's state); nothing on a single page. */
export function Pagination({
  page,
  pageCount,
  hrefOf,
}: {
  page: number;
  pageCount: number;
  hrefOf: (page: number) => string;
}) {
  const { t } = useTranslation("admin");
  if (pageCount <= 1) return null;
  return (
    <nav className="pagination" aria-label={t("products.pagination.label")}>
      {page > 1 ? <Link to={hrefOf(page - 1)}>{t("products.pagination.previous")}</Link> : <span />}
      <span>{t("products.pagination.position", { page, pageCount })}</span>
      {page < pageCount ? <Link to={hrefOf(page + 1)}>{t("products.pagination.next")}</Link> : <span />}
    </nav>
  );
}
