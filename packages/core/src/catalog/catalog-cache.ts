// Catalog reads are the storefront's hot path and change rarely: they are kept in memory, keyed by
// procedure and input. PostgreSQL triggers notify the `comptoir_catalog` channel on every catalog
// write (see the catalog_search_redirects migration); every app process listens and drops its cache,
// so replicas never serve a stale catalog for longer than a notification takes. While the listening
// connection is down, the cache is bypassed: correctness first.
import { listenToChannel, type ChannelListener } from "@comptoir/db";
import { LRUCache } from "lru-cache";
import { sealValue } from "./content-digest";

export const CATALOG_CHANNEL = "comptoir_catalog";

export interface CatalogCacheOptions {
  /** Upper bound of the cached values' size, measured as JSON characters. */
  maxChars?: number;
  /** A safety net: entries expire even without a notification. */
  ttlMs?: number;
}

export interface CatalogCacheStats {
  hits: number;
  misses: number;
  clears: number;
  entries: number;
  enabled: boolean;
}

export class CatalogCache {
  private readonly entries: LRUCache<string, { value: unknown; size: number }>;
  private readonly inFlight = new Map<string, Promise<unknown>>();
  private generation = 0;
  private enabled: boolean;
  private readonly counters = { hits: 0, misses: 0, clears: 0 };

  constructor(options: CatalogCacheOptions & { enabled?: boolean } = {}) {
    this.enabled = options.enabled ?? true;
    this.entries = new LRUCache({
      maxSize: options.maxChars ?? 24_000_000,
      sizeCalculation: (entry) => entry.size,
      ttl: options.ttlMs ?? 10 * 60_000,
    });
  }

  /**
   * The cached value for `key`, or `load()`'s (stored for next time). Concurrent reads of the same
   * missing key share one load, so a cleared cache under load costs one query, not one per request.
   * Values are shared: they come back frozen, with the digest of their JSON (content-digest.ts).
   */
  read<T>(key: readonly unknown[], load: () => Promise<T>): Promise<T> {
    if (!this.enabled) return load().then((value) => sealValue(value, JSON.stringify(value) ?? ""));
    const id = JSON.stringify(key);
    const hit = this.entries.get(id);
    if (hit) {
      this.counters.hits += 1;
      return Promise.resolve(hit.value as T);
    }
    const pending = this.inFlight.get(id);
    if (pending) return pending as Promise<T>;
    this.counters.misses += 1;
    const generation = this.generation;
    const loading = load()
      .then((loaded) => {
        const json = JSON.stringify(loaded) ?? "";
        const value = sealValue(loaded, json);
        // A clear during the load means the value may predate a change: use it, do not keep it.
        if (generation === this.generation) this.entries.set(id, { value, size: Math.max(1, json.length) });
        return value;
      })
      .finally(() => {
        if (this.inFlight.get(id) === loading) this.inFlight.delete(id);
      });
    this.inFlight.set(id, loading);
    return loading;
  }

  clear(): void {
    this.generation += 1;
    this.counters.clears += 1;
    this.entries.clear();
    this.inFlight.clear();
  }

  /** Off: every read loads (used while change notifications cannot be received). */
  setEnabled(enabled: boolean): void {
    if (!enabled) this.clear();
    this.enabled = enabled;
  }

  stats(): CatalogCacheStats {
    return { ...this.counters, entries: this.entries.size, enabled: this.enabled };
  }
}

/** Clears `cache` on every catalog change notification; the cache stays off until the connection is up. */
export function invalidateOnCatalogChanges(cache: CatalogCache, databaseUrl: string): ChannelListener {
  cache.setEnabled(false);
  return listenToChannel(databaseUrl, CATALOG_CHANNEL, {
    onNotify: () => cache.clear(),
    onConnected: () => {
      cache.clear();
      cache.setEnabled(true);
    },
    onDisconnected: () => cache.setEnabled(false),
  });
}
