import { z } from "zod";
import { LOCALES } from "./locales";

export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale } from "./locales";

export const localeSchema = z.enum(LOCALES);
