import type { HeadersFunction } from "@remix-run/node";

/** Staff pages hold private data: never store them in a shared cache. */
export const privateNoStore: HeadersFunction = () => ({ "Cache-Control": "private, no-store" });
