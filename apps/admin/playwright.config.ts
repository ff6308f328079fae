import { e2eConfig } from "@comptoir/devkit/e2e";

// The shop's team works in French unless the browser asks otherwise (a test checks English).
export default e2eConfig({ locale: "fr-FR" });
