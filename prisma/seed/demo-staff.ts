/**
 * The demo owner account. It exists in development and tests only: the seed creates it when
 * NODE_ENV is not "production", and the end-to-end tests log in with it. Never use it elsewhere.
 * Owners must use two-factor, so it comes with a published TOTP secret: add it to an authenticator
 * app (or compute codes with `oathtool --totp -b <secret>`) to log in to the development admin.
 */
export const DEMO_STAFF = {
  email: "admin@comptoir.dev",
  password: "comptoir-demo-admin",
  name: "Camille Démo",
  role: "OWNER",
  totpSecret: "COMPTOIRDEMOSTAFFTOTPSECRETKEY23",
} as const;
