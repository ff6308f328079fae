export { e2eGlobalSetup, e2eUrl } from "./global-setup";
