import type { IncomingMessage, ServerResponse } from "node:http";
import { ApiError } from "./api-error";
import { matchRoute } from "./api-routes";
import type { EmulatorContext } from "./context";
import { BodyTooLargeError, header, readBody, sendJson } from "./http";
import type { IdempotencyCache } from "./idempotency-cache";
import { randomToken } from "./ids";
import { parseParams } from "./params";

export interface ApiServerState {
  ctx: EmulatorContext;
  idempotency: IdempotencyCache;
  /** POSTs still to be "lost on the way back" (see `simulateNetworkFailures`). */
  faults: { remaining: number };
  onError(error: unknown): void;
}

function apiKeyOf(req: IncomingMessage): string | ApiError {
  const authorization = header(req, "authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match?.[1]) {
    return new ApiError(
      401,
      "invalid_request_error",
      "You did not provide an API key. Provide it in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
    );
  }
  // Only test-mode secret keys: a live key sent here is a configuration mistake worth stopping at once.
  if (!match[1].startsWith("sk_test_")) {
    return new ApiError(
      401,
      "invalid_request_error",
      "Invalid API Key provided: the Stripe emulator accepts sk_test_ keys only.",
      "api_key_invalid",
    );
  }
  return match[1];
}

/** One request to /v1/…: authentication, parameters, idempotency, then the endpoint; answers in Stripe's JSON. */
export async function handleApiRequest(
  state: ApiServerState,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<void> {
  const requestId = `req_${randomToken(14)}`;
  const method = req.method ?? "GET";
  const respond = (status: number, body: string, extra: Record<string, string> = {}) =>
    sendJson(res, status, body, {
      "Request-Id": requestId,
      "Stripe-Version": header(req, "stripe-version") ?? "",
      ...extra,
    });
  const fail = (error: ApiError) => respond(error.status, JSON.stringify(error.toBody()));

  const apiKey = apiKeyOf(req);
  if (apiKey instanceof ApiError) return fail(apiKey);
  const matched = matchRoute(method, url.pathname);
  if (!matched) {
    return fail(
      new ApiError(
        404,
        "invalid_request_error",
        `Unrecognized request URL (${method}: ${url.pathname}). The Stripe emulator does not implement it.`,
      ),
    );
  }

  let text: string;
  try {
    text = method === "POST" ? await readBody(req) : url.search.slice(1);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return fail(new ApiError(413, "invalid_request_error", error.message));
    throw error;
  }
  const idempotencyKey = method === "POST" ? header(req, "idempotency-key") : null;
  const fingerprint = `${method} ${url.pathname}\n${text}`;
  if (idempotencyKey) {
    const check = state.idempotency.begin(apiKey, idempotencyKey, fingerprint, state.ctx.clock.nowMs());
    if (check.kind === "replay") return respond(check.status, check.body, { "Idempotent-Replayed": "true" });
    if (check.kind === "mismatch") {
      return fail(
        new ApiError(
          400,
          "idempotency_error",
          `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
        ),
      );
    }
    if (check.kind === "in_progress") {
      return fail(
        new ApiError(
          409,
          "idempotency_error",
          "There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through). Please try again later.",
        ),
      );
    }
  }

  let status = 200;
  let body: string;
  try {
    const result = matched.route.handle(state.ctx, {
      path: matched.path,
      params: parseParams(text),
      request: { id: requestId, idempotencyKey },
    });
    body = JSON.stringify(result, null, 2);
  } catch (error) {
    const apiError =
      error instanceof ApiError
        ? error
        : new ApiError(500, "api_error", "An unexpected error occurred in the Stripe emulator.");
    if (!(error instanceof ApiError)) state.onError(error);
    status = apiError.status;
    body = JSON.stringify(apiError.toBody());
  }
  if (idempotencyKey) state.idempotency.finish(apiKey, idempotencyKey, status, body);

  if (method === "POST" && state.faults.remaining > 0) {
    // The request took effect, but its answer is lost: what the SDK's retries and idempotency keys are for.
    state.faults.remaining -= 1;
    req.socket.destroy();
    return;
  }
  respond(status, body);
}
