import { describe, expect, it } from "vitest";
import { renderOrderShipped } from "./order-shipped";
import type { OrderShippedData } from "./order-shipped-data";

function shipped(overrides: Partial<OrderShippedData> = {}): OrderShippedData {
  return {
    orderNumber: 1042,
    customerName: "Marie",
    carrierName: "Colissimo",
    trackingNumber: "6A12345678901",
    trackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
    lines: [
      { productName: "Thé vert Sencha", variantName: "100 g", quantity: 2 },
      { productName: "Chocolat noir", quantity: 1 },
    ],
    orderUrl: "https://comptoir.example/fr/compte/commandes/1042",
    ...overrides,
  };
}

describe("the shipping email", () => {
  it("gives the carrier, the tracking number and the tracking link, in French", () => {
    const email = renderOrderShipped(shipped(), "fr");
    expect(email.subject).toBe("Votre commande n° 1042 est en route");
    expect(email.html).toContain('<html lang="fr">');
    expect(email.html).toContain("Bonjour Marie,");
    expect(email.html).toContain("Colissimo");
    expect(email.html).toContain("6A12345678901");
    expect(email.html).toContain('href="https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901"');
    expect(email.html).toContain("Suivre mon colis");
    expect(email.html).toContain("Thé vert Sencha");
    expect(email.text).toContain("Transporteur      Colissimo");
    expect(email.text).toContain("Numéro de suivi   6A12345678901");
    expect(email.text).toContain(
      "Suivre votre colis : https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
    );
    expect(email.text).toContain("- Thé vert Sencha (100 g) × 2");
    expect(email.text).toContain("Voir votre commande : https://comptoir.example/fr/compte/commandes/1042");
  });

  it("speaks English, and without a known carrier gives the number alone", () => {
    const email = renderOrderShipped(
      shipped({ carrierName: "Coursier Dupont", trackingNumber: "CD-778899", trackingUrl: null }),
      "en",
    );
    expect(email.subject).toBe("Your order #1042 is on its way");
    expect(email.html).toContain("Coursier Dupont");
    expect(email.html).not.toContain("Track my parcel");
    expect(email.html).toContain("Track your parcel on the carrier&#39;s website with this number.");
    expect(email.text).toContain("Tracking number   CD-778899");
    expect(email.text).not.toContain("Track your parcel:");
    expect(email.text).toContain("View your order: https://comptoir.example/fr/compte/commandes/1042");
  });

  it("escapes what people typed and refuses links that are not web addresses", () => {
    const email = renderOrderShipped(
      shipped({ carrierName: "<b>Evil</b>", customerName: 'Jo "x" <script>', trackingUrl: null }),
      "en",
    );
    expect(email.html).not.toContain("<b>Evil</b>");
    expect(email.html).toContain("&lt;b&gt;Evil&lt;/b&gt;");
    expect(email.html).not.toContain("<script>");
    expect(() => renderOrderShipped(shipped({ trackingUrl: "javascript:alert(1)" }), "fr")).toThrow(
      /trackingUrl/,
    );
    expect(() => renderOrderShipped(shipped({ orderUrl: "data:text/html,x" }), "fr")).toThrow(/orderUrl/);
  });
});
