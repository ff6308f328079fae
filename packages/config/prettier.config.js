/** Shared Prettier settings; the root prettier.config.js re-exports them. */
export default {
  printWidth: 110,
  singleQuote: false,
  trailingComma: "all",
};
