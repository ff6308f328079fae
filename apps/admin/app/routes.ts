import { index, layout, route, type RouteConfig } from "@remix-run/route-config";

export default [
  route("login", "routes/login.tsx"),
  route("logout", "routes/logout.ts"),
  route("language", "routes/language.ts"),
  route("media/:file", "routes/media.ts"),
  // Everything below requires a staff session.
  layout("routes/staff-layout.tsx", [
    index("routes/dashboard-redirect.ts"),
    route("products", "routes/products.tsx"),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
