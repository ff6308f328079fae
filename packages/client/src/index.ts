// The typed client for outside developers. At runtime it depends on @trpc/client only; the router
// is imported as a type, so no server code reaches the developer's bundle.
import { createTRPCClient, httpBatchLink, type TRPCClient } from "@trpc/client";
import type { AppRouter } from "@comptoir/api";

export type { AppRouter };
/** The DTOs the API returns. */
export type {
  AdminProductRowDto,
  ImageDto,
  Money,
  Page,
  ProductCardDto,
  ProductDetailDto,
  ProductOptionDto,
  SessionUser,
  VariantDto,
} from "@comptoir/api";

export interface ComptoirClientOptions {
  /** The storefront's API endpoint, e.g. "https://shop.example/api/trpc". */
  url: string;
  /**
   * Extra headers for every request, e.g. `{ authorization: "Bearer <session id>" }`.
   * A function is called before each request, so a token can be refreshed.
   */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);
  /** A fetch implementation (defaults to the global fetch of Node 18+ and browsers). */
  fetch?: typeof globalThis.fetch;
}

/** A typed Comptoir API client: `client.catalog.featured.query({ locale: "fr" })`. */
export type ComptoirClient = TRPCClient<AppRouter>;

/**
 * Creates a client for a Comptoir shop. Calls made in the same tick are batched into one HTTP request.
 *
 * @example
 * const client = createComptoirClient({ url: "https://shop.example/api/trpc" });
 * const products = await client.catalog.featured.query({ locale: "en", limit: 8 });
 */
export function createComptoirClient(options: ComptoirClientOptions): ComptoirClient {
  return createTRPCClient<AppRouter>({
    links: [
      httpBatchLink({
        url: options.url,
        headers: options.headers,
        fetch: options.fetch,
      }),
    ],
  });
}
