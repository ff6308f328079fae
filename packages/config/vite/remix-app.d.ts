import type { UserConfig } from "vite";

/** The Remix future flags both apps build with. */
export const REMIX_FUTURE: Readonly<{
  v3_fetcherPersist: true;
  v3_relativeSplatPath: true;
  v3_throwAbortReason: true;
  v3_singleFetch: true;
  v3_lazyRouteDiscovery: true;
  v3_routeConfig: true;
}>;

export function remixAppConfig(options: { port: number }): UserConfig;
