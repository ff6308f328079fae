// What the worker (or any other process) needs to answer probes like the apps do.
export { startHealthServer } from "./health.js";
export { metricsEndpoint } from "./metrics-endpoint.js";
export { createReadiness, findMigrationsDir } from "./readiness.js";
export { readRuntimeEnv } from "./runtime-env.js";
