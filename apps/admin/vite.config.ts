import { remixAppConfig } from "@comptoir/config/vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

export default remixAppConfig({ port: 3001 });
