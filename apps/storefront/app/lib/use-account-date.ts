// Dates and times of the account pages (orders, their history, sessions) in the customer's own time
// zone. The server cannot know it, so pages are rendered in the shop's (as its emails are), and the
// browser, once the page is live, writes them again in its own: the first render in the browser
// must match the server's, or React would throw the page away.
import { formatDate, type Locale } from "@comptoir/i18n";
import { useEffect, useState } from "react";

/** Where the shop is: the time zone of server-rendered dates (the order emails use it too). */
export const SHOP_TIME_ZONE = "Europe/Paris";

export function useAccountDate(
  locale: Locale,
): (value: Date | string, options?: Intl.DateTimeFormatOptions) => string {
  const [timeZone, setTimeZone] = useState(SHOP_TIME_ZONE);
  useEffect(() => {
    setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone || SHOP_TIME_ZONE);
  }, []);
  return (value, options = { dateStyle: "medium" }) => formatDate(value, locale, { ...options, timeZone });
}
