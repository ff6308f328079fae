import { e2eGlobalSetup } from "@comptoir/devkit/e2e";

// The mailbox and the worker run too: staff invitations are emailed. The storefront runs beside
// the admin: what staff publish must show up on it.
export default e2eGlobalSetup(["admin", "storefront"], { commerce: true });
