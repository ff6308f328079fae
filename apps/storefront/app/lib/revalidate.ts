import type { ShouldRevalidateFunction } from "@remix-run/react";

/**
 * For layout loaders whose data depends only on the locale (the navigation): reload them when the
 * locale changes or after a form submission, not on every client-side navigation.
 */
export const revalidateOnLocaleChange: ShouldRevalidateFunction = ({
  currentUrl,
  nextUrl,
  formMethod,
  defaultShouldRevalidate,
}) => {
  if (formMethod && formMethod !== "GET") return defaultShouldRevalidate;
  return currentUrl.pathname.split("/")[1] !== nextUrl.pathname.split("/")[1];
};
