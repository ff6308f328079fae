export { default } from "@comptoir/config/prettier";
