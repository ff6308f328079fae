import { createRequestCaller } from "@comptoir/api";

/** The API for one storefront request, in-process. */
export function storefrontApi(request: Request) {
  return createRequestCaller(request, "storefront");
}
