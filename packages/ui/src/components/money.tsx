import { formatMoney, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";

export interface MoneyProps {
  amount: number;
  currency: string;
  className?: string;
}

/** An amount in minor units, formatted for the page's language. */
export function Money({ amount, currency, className }: MoneyProps) {
  const { i18n } = useTranslation();
  return <span className={className}>{formatMoney(amount, currency, i18n.language as Locale)}</span>;
}
