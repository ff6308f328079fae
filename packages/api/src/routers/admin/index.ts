import { router } from "../../trpc";
import { adminDashboardRouter } from "./dashboard.router";
import { adminOrdersRouter } from "./orders.router";
import { adminProductsRouter } from "./products.router";
import { adminStaffRouter } from "./staff.router";

export const adminRouter = router({
  dashboard: adminDashboardRouter,
  orders: adminOrdersRouter,
  products: adminProductsRouter,
  staff: adminStaffRouter,
});
