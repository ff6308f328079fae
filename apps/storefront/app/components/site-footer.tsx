import { useTranslation } from "react-i18next";

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
