import { describe, expect, it } from "vitest";
import { knownCarrierOf, parseShipment, shipmentOf } from "./carriers";

describe("parseShipment", () => {
  it("recognises known carriers by id or name and builds their tracking link", () => {
    const parsed = parseShipment({ carrier: "colissimo", trackingNumber: " 6a 1234 5678 901 " });
    expect(parsed).toEqual({
      ok: true,
      shipment: {
        carrierId: "colissimo",
        carrierName: "Colissimo",
        trackingNumber: "6A12345678901",
        trackingUrl: "https://www.laposte.fr/outils/suivre-vos-envois?code=6A12345678901",
      },
    });
    expect(knownCarrierOf("La  poste")).toBe("laposte");
    expect(knownCarrierOf("CHRONOPOST")).toBe("chronopost");
    expect(knownCarrierOf("Coursier Dupont")).toBeNull();
  });

  it("keeps a carrier typed by hand, without a link", () => {
    const parsed = parseShipment({ carrier: "  Coursier   Dupont ", trackingNumber: "cd-778899" });
    expect(parsed).toEqual({
      ok: true,
      shipment: {
        carrierId: null,
        carrierName: "Coursier Dupont",
        trackingNumber: "CD-778899",
        trackingUrl: null,
      },
    });
  });

  it.each([
    ["", "1Z999AA10123456784", ["carrier"]],
    ["<script>", "1Z999AA10123456784", ["carrier"]],
    ["x".repeat(61), "1Z999AA10123456784", ["carrier"]],
    ["ups", "", ["trackingNumber"]],
    ["ups", "12345", ["trackingNumber"]],
    ["ups", "A".repeat(41), ["trackingNumber"]],
    ["ups", "ABCDEFGH", ["trackingNumber"]],
    ["ups", "1Z99<9AA10", ["trackingNumber"]],
    ["ups", "-123456", ["trackingNumber"]],
    ["ups", "https://evil.example/?a=1", ["trackingNumber"]],
    ["", "", ["carrier", "trackingNumber"]],
  ])("refuses carrier %j with tracking number %j", (carrier, trackingNumber, problems) => {
    expect(parseShipment({ carrier, trackingNumber })).toEqual({ ok: false, problems });
  });
});

describe("shipmentOf", () => {
  it("reads an event's data back, rebuilding the link from the carrier's template", () => {
    expect(
      shipmentOf({ carrierId: "ups", carrierName: "UPS", trackingNumber: "1Z999AA10123456784" }),
    ).toEqual({
      carrierId: "ups",
      carrierName: "UPS",
      trackingNumber: "1Z999AA10123456784",
      trackingUrl: "https://www.ups.com/track?tracknum=1Z999AA10123456784",
    });
    expect(
      shipmentOf({ carrierId: "evil", carrierName: "X", trackingNumber: "123456" })?.trackingUrl,
    ).toBeNull();
    expect(shipmentOf(null)).toBeNull();
    expect(shipmentOf({ text: "a note" })).toBeNull();
  });
});
