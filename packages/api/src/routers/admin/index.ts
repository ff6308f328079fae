import { router } from "../../trpc";
import { adminProductsRouter } from "./products.router";
import { adminStaffRouter } from "./staff.router";

export const adminRouter = router({
  products: adminProductsRouter,
  staff: adminStaffRouter,
});
