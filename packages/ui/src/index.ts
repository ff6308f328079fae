export { Money, type MoneyProps } from "./components/money";
export { Price } from "./components/price";
export { ErrorPage, type ErrorPageProps } from "./components/error-page";
export { LanguageLinks } from "./components/language-links";
export { StockBadge } from "./components/stock-badge";
export { useErrorText } from "./components/use-error-text";
export { RouteErrorPage } from "./components/route-error-page";
export { documentLinks } from "./document-links";
export {
  DocumentMeta,
  DocumentScripts,
  DocumentSettingsProvider,
  readDocumentSettings,
  useNonce,
  type BrowserMonitoring,
  type DocumentSettings,
} from "./document-settings";
