// The shape of one benchmark run, as measured and as written to docs/performance.md.

export type PageId = "home" | "category" | "product";

export interface MemorySummary {
  /** Highest resident set size seen, in bytes. */
  maxBytes: number;
  meanBytes: number;
  samples: number;
}

export interface CpuSummary {
  /** The storefront's CPU use in % of one core (a Node.js process mostly runs on one). */
  processPercent: number;
  /** The whole machine's CPU use in % of all its cores. */
  machinePercent: number;
  /**
   * Time the hypervisor gave this machine's cores to others while they had work (the "steal" of
   * /proc/stat), in % of all cores.
   */
  stealPercent: number;
}

export interface LoadResult {
  /** Mean of the per-second request counts. */
  requestsPerSecond: number;
  /** Requests completed during the measured run. */
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** Storefront RSS while the load ran; null where /proc cannot be read. */
  memory: MemorySummary | null;
  /** CPU use while the load ran; null where /proc cannot be read. */
  cpu: CpuSummary | null;
  /** The machine's time for the reference work just before the run (reference-work.ts), in ms. */
  referenceMs: number;
}

export interface PageResult {
  id: PageId;
  title: string;
  /** Path measured, e.g. /fr/produit/cafe-du-bresil-lave-lot-12; null when none was found. */
  path: string | null;
  /** Why the page was not measured (no candidate in the database, HTTP 404...); null when it was. */
  unavailable: string | null;
  load: LoadResult | null;
}

/**
 * The bare Remix page (packages/bench-baseline) under the same load, before and after the
 * storefront's pages: what the framework alone serves on this machine at the time of the run.
 */
export interface BaselineResult {
  when: "before" | "after";
  /** Why it was not measured; null when it was. */
  unavailable: string | null;
  load: LoadResult | null;
}

export interface ScriptFile {
  /** Path of the file on the storefront (/assets/...). */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface JavaScriptSize {
  /** The page whose scripts were counted. */
  path: string;
  files: ScriptFile[];
  totalBytes: number;
  totalGzipBytes: number;
  /** Inline <script> elements (loader data, the module bootstrap), reported apart. */
  inlineBytes: number;
  inlineGzipBytes: number;
}

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryBytes: number;
  platform: string;
  node: string;
}

export interface BenchSettings {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  warmupConnections: number;
}

export interface BenchReport {
  date: Date;
  /** Short commit hash, with "+ uncommitted changes" when the tree is dirty; null outside git. */
  commit: string | null;
  machine: MachineInfo;
  settings: BenchSettings;
  /** Products in the benchmark database. */
  catalogProducts: number;
  /** Where PostgreSQL ran: "embedded PostgreSQL 18.0" or "PostgreSQL 16.4 at 127.0.0.1:5432". */
  database: string;
  /** Storefront RSS once started and before any load, in bytes; null where /proc cannot be read. */
  idleRssBytes: number | null;
  pages: PageResult[];
  baseline: BaselineResult[];
  javascript: JavaScriptSize | null;
  /** Why the JavaScript was not measured; null when it was. */
  javascriptUnavailable: string | null;
}
