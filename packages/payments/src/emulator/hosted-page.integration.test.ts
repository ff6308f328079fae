import type Stripe from "stripe";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type EmulatorFixture, startEmulatorFixture } from "../testing/emulator-fixture";
import { submitHostedPage } from "../testing/hosted-checkout";

let fixture: EmulatorFixture;

beforeEach(async () => {
  fixture = await startEmulatorFixture();
});

afterEach(async () => {
  await fixture.close();
});

const params = (
  overrides: Partial<Stripe.Checkout.SessionCreateParams> = {},
): Stripe.Checkout.SessionCreateParams => ({
  mode: "payment",
  line_items: [
    {
      price_data: {
        currency: "eur",
        unit_amount: 1250,
        product_data: { name: "Thé vert <Sencha> & fleurs" },
      },
      quantity: 2,
    },
  ],
  customer_email: "ana@example.com",
  success_url: "https://shop.example/fr/merci?session_id={CHECKOUT_SESSION_ID}",
  cancel_url: "https://shop.example/fr/panier",
  ...overrides,
});

// Intl's own spacing (narrow or plain no-break space) depends on the ICU data of the Node.js build.
const euros = (locale: string, amount: number) =>
  new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" }).format(amount);

async function page(url: string, acceptLanguage?: string) {
  const response = await fetch(url, { headers: acceptLanguage ? { "Accept-Language": acceptLanguage } : {} });
  return { status: response.status, html: await response.text(), headers: response.headers };
}

describe("the hosted payment page", () => {
  it("shows the order in French for locale fr, with escaped names, the total and the three choices", async () => {
    const session = await fixture.stripe.checkout.sessions.create(params({ locale: "fr" }));
    const { status, html, headers } = await page(session.url ?? "");

    expect(status).toBe(200);
    expect(headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain(`<h1>Payer ${euros("fr", 25)}</h1>`);
    expect(html).toContain("<td>Thé vert &lt;Sencha&gt; &amp; fleurs</td>");
    expect(html).not.toContain("<Sencha>");
    expect(html).toContain(
      `<th scope="row" colspan="2">Total</th><td class="number">${euros("fr", 25)}</td>`,
    );
    expect(html).toContain(
      `name="card" value="success">Payer ${euros("fr", 25)} avec la carte de test 4242 4242 4242 4242 (acceptée)`,
    );
    expect(html).toContain(
      'name="card" value="declined">Payer avec la carte de test 4000 0000 0000 0002 (refusée)',
    );
    expect(html).toContain('<a href="https://shop.example/fr/panier">Annuler et revenir à la boutique</a>');
  });

  it("speaks English for locale en, and follows the browser when the locale is auto", async () => {
    const english = await fixture.stripe.checkout.sessions.create(params({ locale: "en" }));
    expect((await page(english.url ?? "", "fr-FR")).html).toContain('<html lang="en">');

    const auto = await fixture.stripe.checkout.sessions.create(params({ locale: "auto" }));
    expect((await page(auto.url ?? "", "de-DE,fr;q=0.8,en;q=0.5")).html).toContain('<html lang="fr">');
    expect((await page(auto.url ?? "", "en-GB,fr;q=0.3")).html).toContain(`<h1>Pay ${euros("en", 25)}</h1>`);
  });

  it("asks for an email when the session has none, and puts it on the completed session", async () => {
    const session = await fixture.stripe.checkout.sessions.create(
      params({ customer_email: undefined, locale: "en" }),
    );
    expect((await page(session.url ?? "")).html).toContain(
      '<input id="email" name="email" type="email" autocomplete="email" required',
    );

    const refused = await submitHostedPage(session.url ?? "", "success");
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain('<p role="alert">Enter your email address.</p>');

    const paid = await submitHostedPage(session.url ?? "", "success", { email: "guest@example.com" });
    expect(paid.status).toBe(303);
    expect((await fixture.stripe.checkout.sessions.retrieve(session.id)).customer_details?.email).toBe(
      "guest@example.com",
    );
  });

  it("tells a shopper who comes back that the session is paid, with a link to the success page", async () => {
    const session = await fixture.stripe.checkout.sessions.create(params({ locale: "fr" }));
    await submitHostedPage(session.url ?? "", "success");

    const { status, html } = await page(session.url ?? "");
    expect(status).toBe(409);
    expect(html).toContain("<h1>Paiement reçu</h1>");
    expect(html).toContain(`href="https://shop.example/fr/merci?session_id=${session.id}"`);
    await expect(submitHostedPage(session.url ?? "", "success")).rejects.toThrow("No payment form");
    expect(
      fixture.emulator.events().filter((event) => event.type === "checkout.session.completed"),
    ).toHaveLength(1);
  });

  it("answers 404 for an unknown session", async () => {
    const { status, html } = await page(`${fixture.emulator.url}/checkout/cs_test_nothing`, "fr");
    expect(status).toBe(404);
    expect(html).toContain("Session de paiement introuvable");
  });
});
