import { e2eConfig } from "@comptoir/devkit/e2e";

// Browsers default to en-US; each test that depends on the language sets its own.
export default e2eConfig();
