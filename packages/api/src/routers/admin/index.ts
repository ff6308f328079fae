import { router } from "../../trpc";
import { adminAuditRouter } from "./audit.router";
import { adminCategoriesRouter } from "./categories.router";
import { adminCustomersRouter } from "./customers.router";
import { adminDashboardRouter } from "./dashboard.router";
import { adminOrdersRouter } from "./orders.router";
import { adminProductsRouter } from "./products.router";
import { adminSettingsRouter } from "./settings.router";
import { adminStaffRouter } from "./staff.router";

export const adminRouter = router({
  audit: adminAuditRouter,
  categories: adminCategoriesRouter,
  customers: adminCustomersRouter,
  dashboard: adminDashboardRouter,
  orders: adminOrdersRouter,
  products: adminProductsRouter,
  settings: adminSettingsRouter,
  staff: adminStaffRouter,
});
