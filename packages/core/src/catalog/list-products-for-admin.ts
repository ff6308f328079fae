import type { Db, Prisma, ProductStatus } from "@comptoir/db";
import type { Locale } from "@comptoir/validators";
import { adminProductRowSelect } from "./queries";
import { toAdminProductRow } from "./to-dto";
import type { AdminProductRowDto, Page } from "./types";

export interface AdminProductListInput {
  locale: Locale;
  page: number;
  pageSize: number;
  search?: string;
  status?: ProductStatus;
  categoryId?: string;
}

/**
 * Every product whatever its status, for staff: search by name (any locale) or SKU, narrowed by
 * status or category, most recently changed first.
 */
export async function listProductsForAdmin(
  db: Db,
  input: AdminProductListInput,
): Promise<Page<AdminProductRowDto>> {
  const search = input.search?.trim();
  const where: Prisma.ProductWhereInput = {
    ...(search
      ? {
          OR: [
            { translations: { some: { name: { contains: search, mode: "insensitive" } } } },
            { variants: { some: { sku: { contains: search, mode: "insensitive" } } } },
          ],
        }
      : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.categoryId ? { categories: { some: { categoryId: input.categoryId } } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.product.count({ where }),
    db.product.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
      skip: (input.page - 1) * input.pageSize,
      take: input.pageSize,
      select: adminProductRowSelect(input.locale),
    }),
  ]);
  return {
    items: rows.map((row) => toAdminProductRow(row, input.locale)),
    total,
    page: input.page,
    pageSize: input.pageSize,
    pageCount: Math.max(1, Math.ceil(total / input.pageSize)),
  };
}
