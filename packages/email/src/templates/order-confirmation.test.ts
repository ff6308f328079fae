import { describe, expect, it } from "vitest";
import { renderOrderConfirmation } from "./order-confirmation";
import type { OrderConfirmationData } from "./order-confirmation-data";

// Intl separates French thousands and currency signs with (narrow) no-break spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

function order(overrides: Partial<OrderConfirmationData> = {}): OrderConfirmationData {
  return {
    orderNumber: 1042,
    placedAt: "2026-11-22T23:30:00Z",
    customerName: "Marie",
    currency: "EUR",
    lines: [
      {
        productName: "Thé vert Sencha",
        variantName: "100 g",
        quantity: 2,
        unitAmount: 1250,
        totalAmount: 2500,
      },
      { productName: "Chocolat noir", quantity: 1, unitAmount: 590, totalAmount: 590 },
    ],
    subtotalAmount: 3090,
    discountAmount: 309,
    discountCode: "BIENVENUE10",
    shippingAmount: 490,
    shippingMethodName: "Colissimo",
    taxLines: [{ code: "VAT", ratePpm: 200_000, amount: 546 }],
    pricesIncludeTax: true,
    totalAmount: 3271,
    shippingAddress: {
      name: "Marie Curie",
      line1: "12 rue des Écoles",
      postalCode: "75005",
      city: "Paris",
      country: "FR",
    },
    orderUrl: "https://comptoir.example/fr/compte/commandes/1042",
    ...overrides,
  };
}

describe("renderOrderConfirmation", () => {
  it("speaks French to a French customer", () => {
    const { subject, html, text } = renderOrderConfirmation(order(), "fr");
    expect(subject).toBe("Votre commande Comptoir n° 1042 est confirmée");
    expect(html).toContain('<html lang="fr">');
    expect(plain(text)).toContain("Bonjour Marie,");
    // The order was placed at 00:30 in Paris: the date is the customer's, not UTC's.
    expect(plain(text)).toMatch(/Date de commande +23 novembre 2026/);
    expect(plain(text)).toContain("- Thé vert Sencha (100 g)\n  2 × 12,50 € = 25,00 €");
    expect(plain(text)).toMatch(/Sous-total +30,90 €/);
    expect(plain(text)).toMatch(/Remise \(BIENVENUE10\) +-3,09 €/);
    expect(plain(text)).toMatch(/Livraison \(Colissimo\) +4,90 €/);
    expect(plain(text)).toMatch(/Total +32,71 €\nDont TVA \(20 %\) +5,46 €/);
    expect(text).toContain("Marie Curie\n12 rue des Écoles\n75005 Paris\nFrance");
    expect(text).toContain("https://comptoir.example/fr/compte/commandes/1042");
    expect(plain(html)).toContain("Prix unitaire");
    expect(plain(html)).toContain("32,71 €");
    expect(html).toContain('href="https://comptoir.example/fr/compte/commandes/1042"');
  });

  it("speaks English to an English customer, with added taxes listed one per code before the total", () => {
    const { subject, html, text } = renderOrderConfirmation(
      order({
        currency: "CAD",
        pricesIncludeTax: false,
        discountAmount: 0,
        discountCode: null,
        shippingAmount: 0,
        shippingMethodName: undefined,
        taxLines: [
          { code: "GST", ratePpm: 50_000, amount: 155 },
          { code: "QST", ratePpm: 99_750, amount: 308 },
          { code: "ECO", amount: 10 },
        ],
        totalAmount: 3563,
        timeZone: "America/Toronto",
        customerName: "  ",
        shippingAddress: {
          name: "Jean Tremblay",
          line1: "1 rue Sainte-Catherine",
          line2: "App. 4",
          postalCode: "H2X 1Y4",
          city: "Montréal",
          region: "QC",
          country: "ca",
        },
        orderUrl: "https://comptoir.example/en/account/orders/1042",
      }),
      "en",
    );
    expect(subject).toBe("Your Comptoir order #1042 is confirmed");
    expect(html).toContain('<html lang="en">');
    expect(text).toContain("Hello,");
    expect(text).toMatch(/Order date +November 22, 2026/);
    expect(text).not.toContain("Discount");
    expect(text).toMatch(
      /Shipping +Free\nGST \(5%\) +CA\$1\.55\nQST \(9\.975%\) +CA\$3\.08\nECO +CA\$0\.10\nTotal +CA\$35\.63/,
    );
    expect(text).toContain("Jean Tremblay\n1 rue Sainte-Catherine\nApp. 4\nMontréal QC H2X 1Y4\nCanada");
    expect(html).toContain("Unit price");
  });

  it("names taxes in the customer's language", () => {
    const taxes = [
      { code: "GST", ratePpm: 50_000, amount: 155 },
      { code: "QST", ratePpm: 99_750, amount: 308 },
    ];
    const { text } = renderOrderConfirmation(order({ taxLines: taxes, pricesIncludeTax: false }), "fr");
    expect(plain(text)).toMatch(/TPS \(5 %\) +1,55 €\nTVQ \(9,975 %\) +3,08 €\nTotal/);
  });

  it("escapes hostile names in the HTML and keeps them readable in the text", () => {
    const hostile = `<script>alert("x")</script><img src=x onerror='alert(1)'>`;
    const { html, text } = renderOrderConfirmation(
      order({
        customerName: hostile,
        discountCode: `"><b>CODE`,
        lines: [
          {
            productName: hostile,
            variantName: "<i>100 g</i>",
            quantity: 1,
            unitAmount: 100,
            totalAmount: 100,
          },
        ],
        shippingAddress: {
          name: hostile,
          line1: "1 & 2 <rue>",
          postalCode: "75005",
          city: "Paris",
          country: "FR",
        },
        orderUrl: `https://comptoir.example/fr/commande?id=1&next="><script>`,
      }),
      "fr",
    );
    expect(html).not.toMatch(/<script|<img|<b>|<i>|<rue>/);
    expect(html).toContain(
      "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img src=x onerror=&#39;alert(1)&#39;&gt;",
    );
    expect(html).toContain("&lt;i&gt;100 g&lt;/i&gt;");
    expect(html).toContain("1 &amp; 2 &lt;rue&gt;");
    expect(html).toContain(
      'href="https://comptoir.example/fr/commande?id=1&amp;next=&quot;&gt;&lt;script&gt;"',
    );
    expect(text).toContain(`- ${hostile} (<i>100 g</i>)`);
  });

  it("refuses an order link that is not a web address", () => {
    expect(() => renderOrderConfirmation(order({ orderUrl: "javascript:alert(1)" }), "en")).toThrow(
      "orderUrl must be an absolute http(s) URL",
    );
    expect(() => renderOrderConfirmation(order({ orderUrl: "/fr/compte" }), "en")).toThrow(/orderUrl/);
  });
});
