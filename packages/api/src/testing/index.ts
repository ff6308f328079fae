// Helpers for tests of the API and of the apps that call it.
export { callerFor, loggedInCaller, staffCaller, type CallerOptions } from "./callers";
export { startCheckoutHarness, type CheckoutHarness } from "./checkout-harness";
export { recordingAccountEmails } from "../account-emails";
