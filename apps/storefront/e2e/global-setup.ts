import { e2eGlobalSetup } from "@comptoir/devkit/e2e";

// The storefront takes orders in these tests: the payment emulator, the mailbox and the worker run too.
export default e2eGlobalSetup(["storefront"], { commerce: true });
