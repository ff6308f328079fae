// Cart actions are cheap for a shopper and costly for the shop (each one writes to PostgreSQL and
// may hold stock): limit them per client address and per cart. Counters live in Redis when
// REDIS_URL is set, so every storefront process counts against the same limits.
import { clientAddressOf } from "@comptoir/api";
import { createRateLimiter, type RateLimiter } from "@comptoir/rate-limit";

const WINDOW_SEC = 60;

let limiters: { perAddress: RateLimiter; perCart: RateLimiter } | undefined;

function cartLimiters() {
  limiters ??= {
    perAddress: createRateLimiter({ keyPrefix: "storefront:cart:ip", points: 60, durationSec: WINDOW_SEC }),
    perCart: createRateLimiter({ keyPrefix: "storefront:cart:id", points: 120, durationSec: WINDOW_SEC }),
  };
  return limiters;
}

/**
 * Counts one cart action; rejects with RateLimitedError (from @comptoir/rate-limit) when the
 * address or the cart has used up its minute. A request with no known address counts against its
 * cart only, rather than against one bucket shared by every such client.
 */
export async function limitCartAction(request: Request, cartId: string | null): Promise<void> {
  const { perAddress, perCart } = cartLimiters();
  const address = clientAddressOf(request.headers);
  if (address) await perAddress.consume(address);
  if (cartId) await perCart.consume(cartId);
}
