import { Link } from "@remix-run/react";
import { homePath, type Locale } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { AuthCard } from "./auth-card";

/**
 * "Check your inbox": what a form that sends an email answers. Its words never depend on whether
 * the address has an account, so the page reveals nothing about who is a customer.
 */
export function AuthSent({
  locale,
  title,
  text,
  hint,
}: {
  locale: Locale;
  title: string;
  text: string;
  hint: string;
}) {
  const { t } = useTranslation("auth");
  return (
    <AuthCard title={title} icon="mail" testId="auth-sent">
      <div role="status">
        <p className="auth-card__text">{text}</p>
        <p className="auth-card__note">{hint}</p>
      </div>
      <Link to={homePath(locale)} className="btn btn--ghost auth-card__submit">
        {t("backToShop")}
      </Link>
    </AuthCard>
  );
}
