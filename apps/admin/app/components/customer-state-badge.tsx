import { useTranslation } from "@comptoir/i18n/react";

/** A customer account's state at a glance: closed, or whether the address is verified. */
export function CustomerStateBadge({
  customer,
}: {
  customer: { emailVerifiedAt: string | Date | null; deactivatedAt: string | Date | null };
}) {
  const { t } = useTranslation("admin");
  if (customer.deactivatedAt)
    return <span className="badge badge--muted">{t("customers.state.deactivated")}</span>;
  return customer.emailVerifiedAt ? (
    <span className="badge badge--success">{t("customers.state.verified")}</span>
  ) : (
    <span className="badge badge--warning">{t("customers.state.unverified")}</span>
  );
}
