// The carriers staff pick from when they ship an order, and what a tracking number may look like.
// A known carrier gets a tracking link in the shipping email; any other carrier is typed as free
// text and the customer gets the number alone.

export const KNOWN_CARRIERS = {
  colissimo: {
    name: "Colissimo",
    trackingUrl: (code: string) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${code}`,
  },
  chronopost: {
    name: "Chronopost",
    trackingUrl: (code: string) =>
      `https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT=${code}`,
  },
  ups: {
    name: "UPS",
    trackingUrl: (code: string) => `https://www.ups.com/track?tracknum=${code}`,
  },
  dhl: {
    name: "DHL",
    trackingUrl: (code: string) => `https://www.dhl.com/fr-fr/home/suivi.html?tracking-id=${code}`,
  },
  laposte: {
    name: "La Poste",
    trackingUrl: (code: string) => `https://www.laposte.fr/outils/suivre-vos-envois?code=${code}`,
  },
} as const;

export type KnownCarrier = keyof typeof KNOWN_CARRIERS;
export const KNOWN_CARRIER_IDS = Object.keys(KNOWN_CARRIERS) as KnownCarrier[];

/** What the order's "fulfilled" event records, and what the shipping email shows. */
export interface Shipment {
  /** A known carrier's id, or null for a carrier typed by hand. */
  carrierId: KnownCarrier | null;
  carrierName: string;
  trackingNumber: string;
  /** Only for known carriers: a link built from our own template, never from typed text. */
  trackingUrl: string | null;
}

export type ShipmentProblem = "carrier" | "trackingNumber";

// Letters, digits and hyphens once spaces are taken out: every carrier above fits, and nothing that
// could break out of a URL or an email's markup gets through.
const TRACKING_NUMBER = /^[A-Z0-9][A-Z0-9-]{4,38}[A-Z0-9]$/;
// A carrier's name typed by hand: letters (accented too), digits, spaces and a little punctuation.
const CARRIER_NAME = /^[\p{L}\p{N}][\p{L}\p{N} .&'-]{0,58}[\p{L}\p{N}.]$/u;

const simplified = (text: string) =>
  text.normalize("NFD").replace(/\p{M}/gu, "").replace(/[\s-]/g, "").toLowerCase();

/** A known carrier by its id or its name, whatever the case, accents and spaces ("la poste"). */
export function knownCarrierOf(text: string): KnownCarrier | null {
  const key = simplified(text);
  return KNOWN_CARRIER_IDS.find((id) => id === key || simplified(KNOWN_CARRIERS[id].name) === key) ?? null;
}

/**
 * Checks and tidies what staff typed: the tracking number loses its spaces and is upper-cased
 * (carriers print "6A 123 456 789 01" but track "6A12345678901"). Returns the problems otherwise.
 */
export function parseShipment(input: {
  carrier: string;
  trackingNumber: string;
}): { ok: true; shipment: Shipment } | { ok: false; problems: ShipmentProblem[] } {
  const problems: ShipmentProblem[] = [];
  const carrierText = input.carrier.trim().replace(/\s+/g, " ");
  const carrierId = knownCarrierOf(carrierText);
  if (!carrierId && !CARRIER_NAME.test(carrierText)) problems.push("carrier");
  const trackingNumber = input.trackingNumber.replace(/\s+/g, "").toUpperCase();
  if (!TRACKING_NUMBER.test(trackingNumber) || !/\d/.test(trackingNumber)) problems.push("trackingNumber");
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    shipment: {
      carrierId,
      carrierName: carrierId ? KNOWN_CARRIERS[carrierId].name : carrierText,
      trackingNumber,
      trackingUrl: carrierId
        ? KNOWN_CARRIERS[carrierId].trackingUrl(encodeURIComponent(trackingNumber))
        : null,
    },
  };
}

/** The shipment recorded on a "fulfilled" event, or null when the data is not one. */
export function shipmentOf(data: unknown): Shipment | null {
  if (!data || typeof data !== "object") return null;
  const record = data as Record<string, unknown>;
  if (typeof record.carrierName !== "string" || typeof record.trackingNumber !== "string") return null;
  const carrierId =
    typeof record.carrierId === "string" && Object.hasOwn(KNOWN_CARRIERS, record.carrierId)
      ? (record.carrierId as KnownCarrier)
      : null;
  return {
    carrierId,
    carrierName: record.carrierName,
    trackingNumber: record.trackingNumber,
    trackingUrl: carrierId
      ? KNOWN_CARRIERS[carrierId].trackingUrl(encodeURIComponent(record.trackingNumber))
      : null,
  };
}
