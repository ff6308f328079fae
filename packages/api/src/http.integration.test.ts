import { createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { describe, expect, it } from "vitest";
import { handleApiRequest } from "./http";

describe("the HTTP endpoint", () => {
  const database = useTestDatabase("api_http");
  const url = (path: string) => `http://shop.test/api/trpc/${path}`;

  it("answers batched queries as JSON", async () => {
    await createTestProduct(database.db, { featured: true, en: { name: "Olive oil", slug: "olive-oil" } });
    const input = encodeURIComponent(JSON.stringify({ 0: { locale: "en" }, 1: { locale: "fr" } }));
    const response = await handleApiRequest(
      new Request(url(`catalog.featured,catalog.featured?batch=1&input=${input}`)),
      { db: database.db },
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { result: { data: { name: string }[] } }[];
    expect(body).toHaveLength(2);
    expect(body[0]?.result.data.map((card) => card.name)).toEqual(["Olive oil"]);
  });

  it("reports errors with codes and no stack trace", async () => {
    const input = encodeURIComponent(JSON.stringify({ locale: "fr", slug: "absent" }));
    const response = await handleApiRequest(new Request(url(`catalog.product?input=${input}`)), {
      db: database.db,
    });
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { message: string; data: Record<string, unknown> } };
    expect(body.error.message).toBe("NOT_FOUND");
    expect(body.error.data).toMatchObject({ code: "NOT_FOUND", domainCode: "NOT_FOUND", httpStatus: 404 });
    expect(JSON.stringify(body)).not.toMatch(/stack|\.ts:\d+/);
  });

  it("keeps the admin API closed to anonymous HTTP callers", async () => {
    const input = encodeURIComponent(JSON.stringify({ locale: "fr" }));
    const response = await handleApiRequest(new Request(url(`admin.products.list?input=${input}`)), {
      db: database.db,
    });
    expect(response.status).toBe(401);
  });
});
