import { useNavigate } from "@remix-run/react";
import { useEffect, useRef, useState, type FocusEvent, type MouseEvent, type TouchEvent } from "react";

/** How long a pointer or the focus rests on a link before its page is prefetched (as Remix's Link). */
const INTENT_DELAY_MS = 100;

type LinkEvent = MouseEvent<HTMLElement> | FocusEvent<HTMLElement> | TouchEvent<HTMLElement>;

/** The link an event happened in, if it is one inside the element that listens. */
function linkOf(event: LinkEvent): HTMLAnchorElement | null {
  const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
  return link instanceof HTMLAnchorElement && event.currentTarget.contains(link) ? link : null;
}

/**
 * What Remix's `<Link prefetch="intent">` does for each link, done once for a whole list of plain
 * links (a grid of product cards): a click goes through the router (no page load), and a link the
 * pointer or the focus rests on has its page's data and code prefetched. Each `<Link>` costs its
 * own hooks at every render: on a category page's 24 cards, 6–8% of the page's rendering time.
 * The links stay plain `<a href>`: they work before the scripts load, and with none.
 *
 * Spread `handlers` on the list's element; render `<PrefetchPageLinks page={prefetchPath} />`
 * when `prefetchPath` is set.
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
    if (!link || (related instanceof Node && link.contains(related))) return;
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
      void navigate(link.pathname + link.search + link.hash);
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
