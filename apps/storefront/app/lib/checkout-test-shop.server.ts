// A shop on its own PostgreSQL database for the checkout pages' tests, and a browser-like shopper
// that calls the page's loader and action as Remix does, through the real API. Payment is out of
// reach (this app's tests have no Stripe emulator): a guard counts any call to the payment client.
import { randomBytes } from "node:crypto";
import { createCaller, createContext, type CreateContextOptions, type RequestCaller } from "@comptoir/api";
import { recordingAccountEmails } from "@comptoir/api/testing";
import { createSellingTerms, createTestProduct, recordingJobSender } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { beforeAll } from "vitest";
import { cartAction } from "./cart-action.server";
import { checkoutAction } from "./checkout-action.server";
import { checkoutPageData } from "./checkout-page.server";

type Fields = Record<string, string>;

/** Registers the test file's database (selling terms like the demo shop's) and returns its tools. */
export function useCheckoutTestShop(label: string) {
  const database = useTestDatabase(label);
  let rates: Awaited<ReturnType<typeof createSellingTerms>>;
  let stripeCalls = 0;

  beforeAll(async () => {
    rates = await createSellingTerms(database.db);
  });

  const stripeGuard = new Proxy(
    {},
    {
      get() {
        stripeCalls += 1;
        throw new Error("the payment provider was called");
      },
    },
  );
  const commerce: NonNullable<CreateContextOptions["commerce"]> = async () => ({
    stripe: stripeGuard as never,
    webhookSecret: "whsec_unused",
    effects: { jobs: recordingJobSender() },
    accountEmails: recordingAccountEmails(),
  });

  /** The caller the app builds for a request (createRequestCaller), on this file's database. */
  async function callerFor(request: Request): Promise<RequestCaller> {
    const resHeaders = new Headers();
    const ctx = await createContext({
      db: database.db,
      audience: "storefront",
      headers: request.headers,
      resHeaders,
      commerce,
      origin: "http://shop.test",
    });
    return { api: createCaller(ctx), resHeaders };
  }

  /** A browser: keeps its cookies, posts forms from one address. */
  function shopper(address = `10.${[1, 2, 3].map(() => randomBytes(1)[0]).join(".")}`) {
    const jar = new Map<string, string>();
    const cookie = () => [...jar].map(([name, value]) => `${name}=${value}`).join("; ");
    const keep = (headers: Headers) => {
      for (const header of headers.getSetCookie()) {
        const [pair = ""] = header.split(";");
        const [name = "", value = ""] = pair.split("=");
        jar.set(name, value);
      }
    };
    const post = (path: string, fields: Fields) =>
      new Request(`http://shop.test${path}`, {
        method: "POST",
        headers: { Cookie: cookie(), "X-Forwarded-For": address },
        body: new URLSearchParams(fields),
      });
    return {
      async add(variantId: string, quantity = 1) {
        const request = post("/fr/panier", { intent: "add", variantId, quantity: String(quantity) });
        const result = await cartAction(request, "fr", await callerFor(request));
        keep("data" in result ? new Headers(result.init?.headers) : result.headers);
      },
      async page(query = "") {
        const request = new Request(`http://shop.test/fr/commande${query}`, {
          headers: { Cookie: cookie() },
        });
        const result = await checkoutPageData(request, "fr", await callerFor(request));
        return { headers: new Headers(result.init?.headers), ...result.data };
      },
      /** The response the page's loader throws instead of the page. */
      async pageRedirect(): Promise<Response> {
        const request = new Request("http://shop.test/fr/commande", { headers: { Cookie: cookie() } });
        return checkoutPageData(request, "fr", await callerFor(request)).then(
          () => Promise.reject(new Error("the page was served")),
          (thrown: unknown) => (thrown instanceof Response ? thrown : Promise.reject(thrown)),
        );
      },
      async checkout(fields: Fields) {
        const request = post("/fr/commande", fields);
        const result = await checkoutAction(request, "fr", await callerFor(request));
        if (!("data" in result)) return { status: result.status, headers: result.headers, data: null };
        return {
          status: result.init?.status ?? 200,
          headers: new Headers(result.init?.headers),
          data: result.data,
        };
      },
    };
  }

  return {
    get db() {
      return database.db;
    },
    get rates() {
      return rates;
    },
    /** Calls the payment client received: none, in every test of these files. */
    get stripeCalls() {
      return stripeCalls;
    },
    shopper,
    /** A new product's only variant. */
    async variant(stock = 10, priceAmount = 1250) {
      const { id } = await createTestProduct(database.db, { variants: [{ stock, priceAmount }] });
      const row = await database.db.variant.findFirstOrThrow({
        where: { productId: id },
        select: { id: true },
      });
      return row.id;
    },
  };
}

/** A complete French address, as the form posts it. */
export const FRENCH_ADDRESS = {
  email: "Camille@Example.com",
  name: "Camille Dupont",
  line1: "12 rue des Lilas",
  line2: "",
  postalCode: "75011",
  city: "Paris",
  country: "FR",
  region: "",
  phone: "",
};
