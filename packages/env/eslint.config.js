export { default } from "@comptoir/config/eslint";
