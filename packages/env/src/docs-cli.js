// `pnpm config:docs`: writes docs/configuration.md from the catalogue.
import { writeFileSync } from "node:fs";
import { docsPath, formattedConfigurationDocs } from "./docs.js";

writeFileSync(docsPath, await formattedConfigurationDocs());
console.warn(`wrote ${docsPath}`);
