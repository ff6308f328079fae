import { e2eGlobalSetup } from "@comptoir/devkit/e2e";

export default e2eGlobalSetup(["admin"]);
