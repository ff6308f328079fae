/**
 * The demo owner account. It exists in development and tests only: the seed creates it when
 * NODE_ENV is not "production", and the end-to-end tests log in with it. Never use it elsewhere.
 */
export const DEMO_STAFF = {
  email: "admin@comptoir.dev",
  password: "comptoir-demo-admin",
  name: "Camille Démo",
  role: "OWNER",
} as const;
