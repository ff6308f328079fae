import { formatDate, formatMoney, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";

interface Day {
  day: string;
  revenue: number;
  orders: number;
}

const WIDTH = 720;
const HEIGHT = 180;
const GAP = 4;

/**
 * Revenue per day as server-rendered SVG bars (no chart library, no script, nothing inline for the
 * Content-Security-Policy to refuse), each bar titled with its day, revenue and orders; a table
 * with the same figures follows for screen readers.
 */
export function RevenueChart({ days, currency, locale }: { days: Day[]; currency: string; locale: Locale }) {
  const { t } = useTranslation("admin");
  const highest = Math.max(1, ...days.map((day) => day.revenue));
  const barWidth = (WIDTH - GAP * (days.length - 1)) / Math.max(1, days.length);
  const dayLabel = (day: string) =>
    formatDate(`${day}T12:00:00Z`, locale, { day: "numeric", month: "short", timeZone: "UTC" });
  return (
    <figure className="revenue-chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-labelledby="revenue-chart-caption"
        className="revenue-chart__svg"
      >
        {days.map((day, index) => {
          const height = Math.max(day.revenue > 0 ? 2 : 0, (day.revenue / highest) * (HEIGHT - 8));
          return (
            <rect
              key={day.day}
              x={index * (barWidth + GAP)}
              y={HEIGHT - height}
              width={barWidth}
              height={height}
              rx={2}
              className="revenue-chart__bar"
            >
              <title>
                {t("dashboard.chart.bar", {
                  day: dayLabel(day.day),
                  revenue: formatMoney(day.revenue, currency, locale),
                  count: day.orders,
                })}
              </title>
            </rect>
          );
        })}
      </svg>
      <figcaption id="revenue-chart-caption" className="revenue-chart__caption">
        <span>{days[0] ? dayLabel(days[0].day) : ""}</span>
        <span>{t("dashboard.chart.caption", { revenue: formatMoney(highest, currency, locale) })}</span>
        <span>{days.at(-1) ? dayLabel(days.at(-1)!.day) : ""}</span>
      </figcaption>
      <table className="visually-hidden">
        <caption>{t("dashboard.chart.title")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("dashboard.chart.day")}</th>
            <th scope="col">{t("dashboard.kpi.revenue")}</th>
            <th scope="col">{t("dashboard.kpi.orders")}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.day}>
              <td>{dayLabel(day.day)}</td>
              <td>{formatMoney(day.revenue, currency, locale)}</td>
              <td>{day.orders}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
