import { useErrorText } from "@comptoir/ui";
import { useTranslation } from "@comptoir/i18n/react";

/**
 * Error text for admin forms: the admin's own wording where it has one (a wrong two-factor code,
 * refusals worded for staff), else the shared texts of every app.
 */
export function useAdminErrorText(): (key: string) => string {
  const { t, i18n } = useTranslation("admin");
  const shared = useErrorText();
  return (key) =>
    i18n.exists(`admin:errors.${key}`) ? t(`errors.${key}` as "errors.FORBIDDEN") : shared(key);
}
