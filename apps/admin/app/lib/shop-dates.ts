import { useRouteLoaderData } from "@remix-run/react";
import { formatDate, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import type { loader as rootLoader } from "~/root";

/**
 * Dates and times as staff read them: in the page's language and the shop's time zone (the root
 * loader's), the same on the server and in the browser, so an order placed at 00:30 in Paris
 * shows that day and hour, not the server's.
 */
export function useShopDates() {
  const timeZone = useRouteLoaderData<typeof rootLoader>("root")?.timeZone;
  const { i18n } = useTranslation();
  const locale = i18n.language as Locale;
  return {
    /** "6 déc. 2026" (or another dateStyle). */
    date: (value: string | Date, dateStyle: Intl.DateTimeFormatOptions["dateStyle"] = "medium") =>
      formatDate(value, locale, { dateStyle, timeZone }),
    /** "6 déc. 2026, 00:30" (timeStyle "medium" adds the seconds). */
    dateTime: (value: string | Date, timeStyle: Intl.DateTimeFormatOptions["timeStyle"] = "short") =>
      formatDate(value, locale, { dateStyle: "medium", timeStyle, timeZone }),
  };
}
