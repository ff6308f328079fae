import { storefrontEnv } from "./env.server";

// Pages build several absolute URLs each (canonical, alternates, Open Graph): PUBLIC_URL's origin
// is worked out again only when the setting is not the one it was worked out from.
let configured: { url: string; origin: string } | undefined;

/** The origin absolute URLs are built on: PUBLIC_URL when set, else the request's own. */
export function publicOrigin(request: Request): string {
  const url = storefrontEnv.PUBLIC_URL;
  if (!url) return new URL(request.url).origin;
  if (configured?.url !== url) configured = { url, origin: new URL(url).origin };
  return configured.origin;
}

/** An absolute URL on the public origin. */
export function absoluteUrl(request: Request, path: string): string {
  return new URL(path, publicOrigin(request)).toString();
}
