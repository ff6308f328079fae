export interface EnvelopeItem {
  /** "event", "transaction", "session", "client_report"... */
  type: string;
  /** The item's JSON (or its text when it is not JSON). */
  payload: unknown;
}

export interface ReceivedEnvelope {
  /** The envelope as sent (decompressed): what a leak check searches. */
  text: string;
  header: Record<string, unknown>;
  items: EnvelopeItem[];
}

/** A Sentry error event as received: the fields the tests read. */
export interface ReceivedEvent {
  event_id?: string;
  message?: string;
  exception?: { values?: { type?: string; value?: string; mechanism?: Record<string, unknown> }[] };
  request?: {
    url?: string;
    method?: string;
    headers?: Record<string, string>;
    query_string?: unknown;
    cookies?: unknown;
    data?: unknown;
    env?: unknown;
  };
  user?: Record<string, unknown>;
  tags?: Record<string, unknown>;
  environment?: string;
  breadcrumbs?: { category?: string; message?: string; data?: Record<string, unknown> }[];
  [field: string]: unknown;
}

export interface SentryReceiver {
  /** The DSN that sends here: http://publickey@127.0.0.1:<port>/1. */
  dsn: string;
  /** Every envelope received so far. */
  envelopes(): ReceivedEnvelope[];
  /** The error events received so far (items of type "event"). */
  events(): ReceivedEvent[];
  /** Resolves with the first error event that `matches`, or rejects after `timeoutMs` (10 s). */
  waitForEvent(matches: (event: ReceivedEvent) => boolean, timeoutMs?: number): Promise<ReceivedEvent>;
  /** The envelope that carried `event` (its exact bytes, for leak checks). */
  envelopeOf(event: { event_id?: string }): ReceivedEnvelope | undefined;
  close(): Promise<void>;
}

/** Decodes a Sentry envelope (header line, then item header and payload pairs). */
export function parseEnvelope(body: Buffer): ReceivedEnvelope;
/** Starts a local stand-in for Sentry's ingest endpoint on a free port of 127.0.0.1. */
export function startSentryReceiver(): Promise<SentryReceiver>;
