import { useSearchParams } from "@remix-run/react";
import { useTranslation } from "@comptoir/i18n/react";
import { ACCOUNT_DELETED_QUERY } from "~/lib/account-intents";

/**
 * The confirmation shown once an account is deleted: the privacy page sends the former customer to
 * the home page with `?account=deleted` (there is no account left to show it in). Its text is the
 * home page's: the account area's texts are not loaded outside it.
 */
export function AccountDeletedNotice() {
  const [search] = useSearchParams();
  const { t } = useTranslation("storefront");
  if (search.get(ACCOUNT_DELETED_QUERY.name) !== ACCOUNT_DELETED_QUERY.value) return null;
  return (
    <div className="alert alert--info account-deleted-notice" role="status" data-testid="account-deleted">
      {t("home.accountDeleted")}
    </div>
  );
}
