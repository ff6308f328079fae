import { useTranslation } from "@comptoir/i18n/react";

/** In stock / only N left / sold out. */
export function StockBadge({ stock, lowThreshold = 5 }: { stock: number; lowThreshold?: number }) {
  const { t } = useTranslation();
  if (stock <= 0) return <span className="badge badge--muted">{t("stock.soldOut")}</span>;
  if (stock <= lowThreshold)
    return <span className="badge badge--warning">{t("stock.low", { count: stock })}</span>;
  return <span className="badge badge--success">{t("stock.available")}</span>;
}
