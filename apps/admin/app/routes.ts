import { index, layout, route, type RouteConfig } from "@remix-run/route-config";

export default [
  route("login", "routes/login.tsx"),
  // The login's next steps, for sessions past the password only.
  route("login/code", "routes/login-code.tsx"),
  route("two-factor/setup", "routes/two-factor-setup.tsx"),
  // A fresh proof of identity before a sensitive action (checks the staff session itself).
  route("reauthenticate", "routes/reauthenticate.tsx"),
  route("logout", "routes/logout.ts"),
  // A staff invitation's link: the invitee has no account yet.
  route("invitation/:token", "routes/invitation.tsx"),
  route("language", "routes/language.ts"),
  route("media/:file", "routes/media.ts"),
  // Everything below requires a staff session.
  layout("routes/staff-layout.tsx", [
    index("routes/dashboard.tsx"),
    route("orders", "routes/orders.tsx"),
    route("orders/:orderId", "routes/order.tsx"),
    route("products", "routes/products.tsx"),
    route("products/new", "routes/product-new.tsx"),
    route("products/import", "routes/product-import.tsx"),
    route("products/import/:importId", "routes/product-import-status.tsx"),
    route("products/export.csv", "routes/product-export.ts"),
    route("products/:productId", "routes/product.tsx"),
    route("categories", "routes/categories.tsx"),
    route("staff", "routes/staff.tsx"),
    route("settings", "routes/settings.tsx"),
    route("customers", "routes/customers.tsx"),
    route("customers/:customerId", "routes/customer.tsx"),
    route("audit", "routes/audit.tsx"),
  ]),
  route("*", "routes/not-found.tsx"),
] satisfies RouteConfig;
