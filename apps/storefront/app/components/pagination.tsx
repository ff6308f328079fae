import { useTranslation } from "@comptoir/i18n/react";
import { SiteLink } from "./site-link";

/** Page links around the current page; `href(n)` builds each page's URL. */
export function Pagination({
  page,
  pageCount,
  href,
}: {
  page: number;
  pageCount: number;
  href: (page: number) => string;
}) {
  const { t } = useTranslation("storefront");
  if (pageCount <= 1) return null;
  const pages = [...new Set([1, page - 1, page, page + 1, pageCount])]
    .filter((n) => n >= 1 && n <= pageCount)
    .sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={t("pagination.label")}>
      {page > 1 ? (
        <SiteLink to={href(page - 1)} rel="prev" className="pagination__step">
          {t("pagination.previous")}
        </SiteLink>
      ) : null}
      <ol className="pagination__pages">
        {pages.map((n, index) => (
          <li key={n}>
            {index > 0 && n - (pages[index - 1] ?? n) > 1 ? <span className="pagination__gap">…</span> : null}
            {n === page ? (
              <span
                aria-current="page"
                className="pagination__current"
                aria-label={t("pagination.position", { page, pageCount })}
              >
                {n}
              </span>
            ) : (
              <SiteLink to={href(n)} aria-label={t("pagination.page", { page: n })}>
                {n}
              </SiteLink>
            )}
          </li>
        ))}
      </ol>
      {page < pageCount ? (
        <SiteLink to={href(page + 1)} rel="next" className="pagination__step">
          {t("pagination.next")}
        </SiteLink>
      ) : null}
    </nav>
  );
}
