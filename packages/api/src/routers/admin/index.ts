import { router } from "../../trpc";
import { adminProductsRouter } from "./products.router";

export const adminRouter = router({
  products: adminProductsRouter,
});
