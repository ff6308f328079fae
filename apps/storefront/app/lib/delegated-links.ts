import { useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState, type FocusEvent, type MouseEvent, type TouchEvent } from "react";

/** How long a pointer or the focus rests on a link before its page is prefetched (as Remix's Link). */
const INTENT_DELAY_MS = 100;

/**
 * The in-app links the page routes itself: those SiteLink renders (components/site-link.tsx).
 * Remix's own `<Link>`s carry `data-discover` too, but route their clicks themselves first (the
 * click then arrives here already handled, `defaultPrevented`). Other anchors (the skip link, the
 * language links, links in a product's description) are left to the browser.
 */
const ROUTED_LINK = "a[href][data-discover]";

type LinkEvent = MouseEvent<HTMLElement> | FocusEvent<HTMLElement> | TouchEvent<HTMLElement>;

/** The routed link an event happened in, if it is one inside the element that listens. */
function linkOf(event: LinkEvent): HTMLAnchorElement | null {
  const link = event.target instanceof Element ? event.target.closest(ROUTED_LINK) : null;
  return link instanceof HTMLAnchorElement && event.currentTarget.contains(link) ? link : null;
}

/**
 * What Remix's `<Link>` does for each link, done once for the whole page (the root layout spreads
 * `handlers` on `<body>`): a click on a SiteLink goes through the router (no page load), and a link
 * marked `data-prefetch="intent"` has its page's data and code prefetched while the pointer or the
 * focus rests on it. Each `<Link>` runs about a dozen hooks at every render (its prefetch state and
 * effects, React Router's `useHref`, `useLinkClickHandler`, `useNavigate`, path resolutions): on a
 * product page, with its twenty links, 5–11% of the server's work (docs/performance-notes.md). The
 * links stay plain `<a href>`: they work before the scripts load, and with none.
 *
 * Render `<PrefetchPageLinks page={prefetchPath} />` when `prefetchPath` is set.
 */
export function useDelegatedLinks() {
  const navigate = useNavigate();
  const [prefetchPath, setPrefetchPath] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  // On a link (pointer, focus, touch): prefetch its page if it stays a moment. Off it: forget it.
  // Moving from a card's picture to its name is neither.
  const onIntent = (event: LinkEvent) => {
    const link = linkOf(event);
    const related = "relatedTarget" in event ? event.relatedTarget : null;
    if (!link || link.dataset.prefetch !== "intent" || (related instanceof Node && link.contains(related)))
      return;
    clearTimeout(timer.current);
    const path = link.pathname + link.search + link.hash;
    if (event.type === "mouseover" || event.type === "focus" || event.type === "touchstart") {
      timer.current = setTimeout(() => setPrefetchPath(path), INTENT_DELAY_MS);
    } else {
      setPrefetchPath(null);
    }
  };
  // The router takes the clicks React Router's links take: main button, no modifier (new tab,
  // new window, download), to this site, in this window.
  const onClick = (event: MouseEvent<HTMLElement>) => {
    const link = linkOf(event);
    if (
      link &&
      !event.defaultPrevented &&
      event.button === 0 &&
      !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) &&
      (!link.target || link.target === "_self") &&
      !link.hasAttribute("download") &&
      link.origin === window.location.origin
    ) {
      event.preventDefault();
      void navigate(link.pathname + link.search + link.hash, {
        replace: link.hasAttribute("data-replace"),
        preventScrollReset: link.hasAttribute("data-prevent-scroll-reset"),
      });
    }
  };

  return {
    prefetchPath,
    handlers: {
      onClick,
      onMouseOver: onIntent,
      onMouseOut: onIntent,
      onFocus: onIntent,
      onBlur: onIntent,
      onTouchStart: onIntent,
    },
  };
}
