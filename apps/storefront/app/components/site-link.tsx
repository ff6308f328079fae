import type { AnchorHTMLAttributes } from "react";

type SiteLinkProps = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, "href"> & {
  /** The page's path, as the path helpers of @comptoir/i18n build it (or a query on this page). */
  to: string;
  /** "intent": the page is prefetched while the pointer or the focus rests on the link. */
  prefetch?: "intent" | "none";
  /** The visit replaces the current entry of the history (a choice on the same page). */
  replace?: boolean;
  /** The page keeps its scroll position (a choice on the same page). */
  preventScrollReset?: boolean;
};

/**
 * A link to another page of the shop, followed in the browser without loading a new document, as
 * Remix's `<Link>` is; but rendered as a plain anchor, for a fraction of `<Link>`'s rendering
 * cost: the root layout routes the clicks of every such link at once (lib/delegated-links.ts).
 * The storefront's layout and catalog pages, which every shopper loads, use it; Remix's `<Link>`
 * remains for the account and checkout pages. `data-discover` lets Remix learn the linked route
 * ahead of a click, as for its own links.
 */
export function SiteLink({ to, prefetch, replace, preventScrollReset, ...anchor }: SiteLinkProps) {
  return (
    <a
      {...anchor}
      href={to}
      data-discover="true"
      data-prefetch={prefetch === "intent" ? "intent" : undefined}
      data-replace={replace ? "" : undefined}
      data-prevent-scroll-reset={preventScrollReset ? "" : undefined}
    />
  );
}
