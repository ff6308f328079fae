import { useTranslation } from "@comptoir/i18n/react";

/**
 * Turns what the server sends about a failure — a zod message key ("validation.email") or a
 * domain/tRPC code ("INVALID_CREDENTIALS") — into a sentence in the page's language.
 */
export function useErrorText(): (key: string) => string {
  const { t, i18n } = useTranslation("errors");
  return (key) => {
    const path = key.startsWith("validation.") ? key : `codes.${key}`;
    return i18n.exists(`errors:${path}`)
      ? t(path as "codes.INTERNAL_SERVER_ERROR")
      : t("codes.INTERNAL_SERVER_ERROR");
  };
}
