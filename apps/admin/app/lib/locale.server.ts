import { createCookie } from "@remix-run/node";
import { createLocaleDetector } from "@comptoir/i18n/server";

/** The admin's language: chosen with the switcher, else the browser's, else French. */
export const adminLocaleCookie = createCookie("comptoir_admin_lang", {
  path: "/",
  sameSite: "lax",
  httpOnly: true,
  secure: process.env.NODE_ENV === "production",
  maxAge: 60 * 60 * 24 * 365,
});

export const localeDetector = createLocaleDetector({ cookie: adminLocaleCookie });
