import { remixAppConfig } from "@comptoir/config/vite";
import { requestLogPlugin, sameOriginPlugin } from "@comptoir/server/vite-plugin";
import { mergeConfig } from "vite";

declare module "@remix-run/node" {
  interface Future {
    v3_singleFetch: true;
  }
}

// The development server refuses cross-site form posts and logs requests as the production server does.
export default mergeConfig(remixAppConfig({ port: 3000 }), {
  plugins: [requestLogPlugin({ name: "storefront" }), sameOriginPlugin()],
});
