import type { DbOrTx } from "../transaction";
import { orderHistorySelect } from "./queries";
import type { OrderHistoryPage } from "./types";

/** The customer's orders, newest first, one page at a time. */
export async function listOrders(
  db: DbOrTx,
  userId: string,
  input: { page: number; pageSize: number },
): Promise<OrderHistoryPage> {
  const where = { userId };
  const [total, rows] = await Promise.all([
    db.order.count({ where }),
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { number: "desc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: orderHistorySelect,
    }),
  ]);
  return {
    items: rows.map(({ items, ...order }) => ({
      ...order,
      itemCount: items.reduce((sum, item) => sum + item.quantity, 0),
    })),
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
    total,
  };
}
