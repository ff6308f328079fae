// Stripe's idempotent requests: a POST repeated with the same Idempotency-Key (within 24 hours, for the
// same API key) gets the first response back instead of acting twice; the same key with different
// parameters is an error, and so is a repeat that arrives while the first is still running.

const RETENTION_MS = 24 * 60 * 60 * 1000;

interface Entry {
  fingerprint: string;
  expiresAt: number;
  response: { status: number; body: string } | null;
}

export type IdempotencyCheck =
  | { kind: "execute" }
  | { kind: "replay"; status: number; body: string }
  | { kind: "in_progress" }
  | { kind: "mismatch" };

export class IdempotencyCache {
  private readonly entries = new Map<string, Entry>();

  begin(scope: string, key: string, fingerprint: string, nowMs: number): IdempotencyCheck {
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (entry && entry.expiresAt > nowMs) {
      if (entry.fingerprint !== fingerprint) return { kind: "mismatch" };
      if (!entry.response) return { kind: "in_progress" };
      return { kind: "replay", ...entry.response };
    }
    this.entries.set(id, { fingerprint, expiresAt: nowMs + RETENTION_MS, response: null });
    return { kind: "execute" };
  }

  /**
   * Stores the answer to replay. Stripe keeps results once an endpoint has started executing, but not
   * a request refused by validation (4xx): that one may be corrected and sent again with the same key.
   */
  finish(scope: string, key: string, status: number, body: string): void {
    const id = `${scope}\u0000${key}`;
    const entry = this.entries.get(id);
    if (!entry) return;
    if (status >= 400 && status < 500) this.entries.delete(id);
    else entry.response = { status, body };
  }
}
