// A local stand-in for Sentry's ingest endpoint, for tests: the real SDKs (server and browser) send
// their envelopes to it through a DSN such as http://publickey@127.0.0.1:<port>/1, and the tests
// read what would have left the machine, byte for byte.
import { createServer } from "node:http";
import { gunzipSync } from "node:zlib";

/**
 * @typedef {object} EnvelopeItem
 * @property {string} type      "event", "transaction", "session", "client_report"...
 * @property {unknown} payload  The item's JSON (or its text when it is not JSON).
 */

/**
 * @typedef {object} ReceivedEnvelope
 * @property {string} text  The envelope as sent (decompressed): what a leak check searches.
 * @property {Record<string, unknown>} header
 * @property {EnvelopeItem[]} items
 */

/**
 * Envelope format: a header line, then for each item a header line and its payload, which is
 * `length` bytes when the item header says so, the rest of the line otherwise.
 * @param {Buffer} body
 * @returns {ReceivedEnvelope}
 */
export function parseEnvelope(body) {
  let offset = 0;
  const readLine = () => {
    const end = body.indexOf(0x0a, offset);
    const line = body.subarray(offset, end < 0 ? body.length : end).toString("utf8");
    offset = end < 0 ? body.length : end + 1;
    return line;
  };
  const header = JSON.parse(readLine());
  /** @type {EnvelopeItem[]} */
  const items = [];
  while (offset < body.length) {
    const line = readLine();
    if (line.trim() === "") continue;
    const itemHeader = JSON.parse(line);
    let payload;
    if (typeof itemHeader.length === "number") {
      payload = body.subarray(offset, offset + itemHeader.length).toString("utf8");
      offset += itemHeader.length;
      if (body[offset] === 0x0a) offset += 1;
    } else {
      payload = readLine();
    }
    let parsed;
    try {
      parsed = JSON.parse(payload);
    } catch {
      parsed = payload;
    }
    items.push({ type: String(itemHeader.type), payload: parsed });
  }
  return { text: body.toString("utf8"), header, items };
}

/**
 * Starts the receiver on a free port of 127.0.0.1. It answers browsers' cross-origin posts as
 * Sentry does (any origin), so a page's SDK can send to it.
 */
export async function startSentryReceiver() {
  /** @type {ReceivedEnvelope[]} */
  const envelopes = [];
  const server = createServer((request, response) => {
    response.setHeader("access-control-allow-origin", "*");
    response.setHeader("access-control-allow-headers", "*");
    response.setHeader("access-control-allow-methods", "POST, OPTIONS");
    if (request.method === "OPTIONS") {
      response.writeHead(204).end();
      return;
    }
    /** @type {Buffer[]} */
    const chunks = [];
    request.on("data", (/** @type {Buffer} */ chunk) => chunks.push(chunk));
    request.on("end", () => {
      let body = Buffer.concat(chunks);
      if (request.headers["content-encoding"] === "gzip") body = gunzipSync(body);
      if (/\/api\/\d+\/envelope\/?$/.test(new URL(request.url ?? "/", "http://receiver").pathname)) {
        envelopes.push(parseEnvelope(body));
      }
      response.writeHead(200, { "content-type": "application/json" }).end("{}");
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(undefined)));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;

  /** @param {string} type */
  const itemsOf = (type) =>
    envelopes.flatMap((envelope) => envelope.items.filter((item) => item.type === type));

  return {
    /** The DSN that sends here. */
    dsn: `http://publickey@127.0.0.1:${port}/1`,
    /** Every envelope received so far. */
    envelopes: () => [...envelopes],
    /** The error events received so far (items of type "event"). */
    events: () =>
      /** @type {import("../testing.js").ReceivedEvent[]} */ (itemsOf("event").map((item) => item.payload)),
    /**
     * Resolves with the first error event that `matches`, or rejects after `timeoutMs`.
     * @param {(event: import("../testing.js").ReceivedEvent) => boolean} matches
     * @param {number} [timeoutMs]
     */
    async waitForEvent(matches, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = this.events().find(matches);
        if (found) return found;
        if (Date.now() > deadline) {
          const received = this.events().map((event) => event.exception?.values?.[0]?.value ?? event.message);
          throw new Error(`No matching event within ${timeoutMs} ms; received: ${JSON.stringify(received)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    /** The envelope that carried `event` (its exact bytes, for leak checks). */
    /** @param {{ event_id?: string }} event */
    envelopeOf(event) {
      return envelopes.find((envelope) =>
        envelope.items.some(
          (item) => /** @type {{ event_id?: string }} */ (item.payload)?.event_id === event.event_id,
        ),
      );
    },
    close: () => new Promise((resolve) => server.close(() => resolve(undefined))),
  };
}
