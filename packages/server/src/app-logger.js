// The servers' logger: @comptoir/observability's (one JSON line per event, secrets masked at any
// depth), on the asynchronous destination of log-destination.js.
import { createLogger } from "@comptoir/observability";
import { logDestination } from "./log-destination.js";

/** @typedef {import("pino").Logger} Logger */

/**
 * @param {object} options
 * @param {string} options.name      The process's role, in every line ("storefront", "worker"...).
 * @param {string} options.nodeEnv
 * @param {import("pino").DestinationStream} [options.destination]  Tests read the lines from here.
 * @param {import("pino").LevelWithSilent} [options.level]  LOG_LEVEL by default (silent in tests).
 * @returns {Promise<{ logger: Logger, flush: () => void }>}
 */
export async function createAppLogger({ name, nodeEnv, destination, level }) {
  if (destination) {
    return { logger: createLogger({ name, destination, level }), flush: () => undefined };
  }
  const { stream, flush } = await logDestination({ nodeEnv });
  return { logger: createLogger({ name, destination: stream, level }), flush };
}
