// Every product and variant as a CSV download (the format the import reads back).
import type { LoaderFunctionArgs } from "@remix-run/node";
import { requireStaff } from "~/lib/api.server";

export async function loader({ request }: LoaderFunctionArgs) {
  const { api } = await requireStaff(request, { permission: "catalog.read" });
  const csv = await api.admin.products.exportCsv();
  const day = new Date().toISOString().slice(0, 10);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="products-${day}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
