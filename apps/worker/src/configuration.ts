// Imported first by main.ts, so that it runs before any module that reads a variable at load time:
// a misconfigured worker stops here with every problem listed (docs/configuration.md).
import { exitOnConfigurationProblems } from "@comptoir/env";

exitOnConfigurationProblems("worker");
