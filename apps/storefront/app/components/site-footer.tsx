import { useTranslation } from "@comptoir/i18n/react";

export function SiteFooter() {
  const { t } = useTranslation();
  return (
    <footer className="site-footer">
      <div className="container">
        <p>{t("footer.rights", { year: new Date().getFullYear() })}</p>
        <p className="site-footer__small">{t("footer.madeWith")}</p>
      </div>
    </footer>
  );
}
