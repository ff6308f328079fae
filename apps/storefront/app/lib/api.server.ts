import { createRequestCaller, type RequestCaller } from "@comptoir/api";
import { publicOrigin } from "./origin.server";

// Several loaders run for one page (layout, page); they share one API context per request.
const callers = new WeakMap<Request, Promise<RequestCaller>>();

/** The API for one storefront request, in-process. */
export function storefrontApi(request: Request): Promise<RequestCaller> {
  let caller = callers.get(request);
  if (!caller) {
    caller = createRequestCaller(request, "storefront", undefined, { origin: publicOrigin(request) });
    callers.set(request, caller);
  }
  return caller;
}
