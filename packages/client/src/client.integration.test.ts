// Proves the client against what ships: the storefront's production build, over real HTTP.
import { startTestStack, type TestStack } from "@comptoir/devkit/servers";
import { TRPCClientError } from "@trpc/client";
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from "vitest";
import {
  createComptoirClient,
  type ComptoirClient,
  type ProductCardDto,
  type ProductDetailDto,
} from "./index";

describe("createComptoirClient", () => {
  let stack: TestStack;
  let client: ComptoirClient;

  beforeAll(async () => {
    stack = await startTestStack({ apps: ["storefront"], label: "client" });
    client = createComptoirClient({ url: `${stack.apps.storefront!.url}/api/trpc` });
  }, 120_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it("returns typed featured products from a running storefront", async () => {
    const products = await client.catalog.featured.query({ locale: "fr", limit: 4 });
    expectTypeOf(products).toEqualTypeOf<ProductCardDto[]>();
    expect(products).toHaveLength(4);
    for (const product of products) {
      expect(product.price.currency).toBe("EUR");
      expect(Number.isInteger(product.price.amount)).toBe(true);
      expect(product.slug).toMatch(/^[a-z0-9-]+$/);
    }
  });

  it("batches calls made together and reads a product in both languages", async () => {
    const [french] = await client.catalog.featured.query({ locale: "fr", limit: 1 });
    const product = await client.catalog.product.query({ locale: "fr", slug: french!.slug });
    expectTypeOf(product).toEqualTypeOf<ProductDetailDto>();
    const [inFrench, inEnglish] = await Promise.all([
      client.catalog.product.query({ locale: "fr", slug: product.slugs.fr! }),
      client.catalog.product.query({ locale: "en", slug: product.slugs.en! }),
    ]);
    expect(inFrench.id).toBe(inEnglish.id);
    expect(inFrench.name).not.toBe(inEnglish.name);
  });

  it("surfaces errors with their codes", async () => {
    const error = await client.catalog.product
      .query({ locale: "en", slug: "no-such-product" })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TRPCClientError);
    expect((error as TRPCClientError<never>).data).toMatchObject({
      code: "NOT_FOUND",
      domainCode: "NOT_FOUND",
    });
  });

  it("sends custom headers, e.g. a bearer token", async () => {
    const anonymous = createComptoirClient({
      url: `${stack.apps.storefront!.url}/api/trpc`,
      headers: () => ({ authorization: "Bearer not-a-session" }),
    });
    expect(await anonymous.auth.me.query()).toBeNull();
  });
});
