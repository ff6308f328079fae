import { storefrontEnv } from "./env.server";

/** The origin absolute URLs are built on: PUBLIC_URL when set, else the request's own. */
export function publicOrigin(request: Request): string {
  return storefrontEnv.PUBLIC_URL ? new URL(storefrontEnv.PUBLIC_URL).origin : new URL(request.url).origin;
}

/** An absolute URL on the public origin. */
export function absoluteUrl(request: Request, path: string): string {
  return new URL(path, publicOrigin(request)).toString();
}
