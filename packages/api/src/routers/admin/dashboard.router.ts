import { dashboard } from "@comptoir/core";
import { z } from "zod";
import { shopSettings } from "../../shop-settings";
import { requires, router } from "../../trpc";

/** A variant with this stock or less is shown as running out. */
const LOW_STOCK_THRESHOLD = 5;

export const adminDashboardRouter = router({
  /** Today's, the last 7 and 30 days' figures, revenue per day, low stock and the latest orders. */
  get: requires("orders.read")
    .input(z.object({ locale: z.enum(["fr", "en"]) }))
    .query(({ ctx, input }) =>
      dashboard.getDashboard(ctx.db, {
        ...shopSettings(),
        locale: input.locale,
        lowStockThreshold: LOW_STOCK_THRESHOLD,
      }),
    ),
});
