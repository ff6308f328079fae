// Staff read every date and time in the shop's time zone (SHOP_TIME_ZONE, Europe/Paris by default),
// not the server's nor the browser's.
import { createTestOrder, createTestProduct } from "@comptoir/core/testing";
import { createDb } from "@comptoir/db";
import { expect, test } from "./fixtures";
import { createStaff, logIn } from "./staff";

test.use({ timezoneId: "America/New_York" });

test("an order placed at 00:30 in Paris shows that day and hour, whatever the browser's zone", async ({
  page,
}) => {
  const db = createDb(process.env.E2E_DATABASE_URL!, { poolMax: 1 });
  const order = await (async () => {
    try {
      const product = await createTestProduct(db, { variants: [{ stock: 5, priceAmount: 1500 }] });
      return await createTestOrder(db, {
        lines: [{ variantId: product.variantIds[0]!, quantity: 1, unitAmount: 1500 }],
        // 23:30 UTC on 30 November 2026 is 00:30 on 1 December in Paris (and 18:30 on the 30th in New York).
        createdAt: new Date("2026-11-30T23:30:00Z"),
      });
    } finally {
      await db.$disconnect();
    }
  })();
  await logIn(page, await createStaff("SUPPORT"));
  await page.goto(`/orders?q=%23${order.number}`);
  await expect(page.getByTestId("order-row")).toContainText("1 déc. 2026, 00:30");
  // After hydration too (the browser formats with the same zone).
  await page.waitForFunction(() => "__remixRouter" in window);
  await expect(page.getByTestId("order-row")).toContainText("1 déc. 2026, 00:30");
});
