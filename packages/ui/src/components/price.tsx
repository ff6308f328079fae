import { formatMoney, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { Money } from "./money";

interface Amount {
  amount: number;
  currency: string;
}

/** A price, with the struck-through price before discount when there is one. */
export function Price({
  price,
  compareAt,
  from = false,
}: {
  price: Amount;
  compareAt?: Amount | null;
  from?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const formatted = formatMoney(price.amount, price.currency, i18n.language as Locale);
  return (
    <span className="price">
      <span className={compareAt ? "price__current price__current--sale" : "price__current"}>
        {from ? t("price.from", { price: formatted }) : formatted}
      </span>
      {compareAt ? (
        <s
          className="price__was"
          aria-label={t("price.was", {
            price: formatMoney(compareAt.amount, compareAt.currency, i18n.language as Locale),
          })}
        >
          <Money {...compareAt} />
        </s>
      ) : null}
    </span>
  );
}
