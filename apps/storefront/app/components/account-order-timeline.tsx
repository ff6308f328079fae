import type { OrderTimelineEntry } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { useAccountDate } from "~/lib/use-account-date";
import type { OrderStatusName } from "./account-order-status";

/**
 * What happened to the order, oldest first: each step named by what happened when the shop knows
 * how to say it ("Payment received"), else by the status it led to, with its date and time.
 */
export function AccountOrderTimeline({
  timeline,
  locale,
}: {
  timeline: OrderTimelineEntry[];
  locale: Locale;
}) {
  const { t, i18n } = useTranslation("account");
  const date = useAccountDate(locale);
  const labelOf = (entry: OrderTimelineEntry) => {
    if (i18n.exists(`account:events.${entry.type}`)) return t(`events.${entry.type}` as "events.refund");
    return entry.status ? t(`status.${entry.status as OrderStatusName}`) : entry.type;
  };
  return (
    <section className="account-card" aria-labelledby="order-timeline-title">
      <h2 id="order-timeline-title">{t("order.timelineTitle")}</h2>
      <ol className="account-timeline" data-testid="order-timeline">
        {timeline.map((entry, index) => (
          <li
            key={`${index}:${entry.type}`}
            className="account-timeline__step"
            data-testid="order-timeline-step"
            data-type={entry.type}
          >
            <span className="account-timeline__label">{labelOf(entry)}</span>
            <time className="account-timeline__time" dateTime={new Date(entry.at).toISOString()}>
              {date(entry.at, { dateStyle: "long", timeStyle: "short" })}
            </time>
          </li>
        ))}
      </ol>
    </section>
  );
}
