export { react as default } from "@comptoir/config/eslint";
