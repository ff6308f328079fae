export { CSV_COLUMNS, type CsvColumn } from "./columns";
export { exportProductsCsv } from "./export-products-csv";
export { readImportRows, CSV_MESSAGES, type ImportProblem, type ImportedProduct } from "./read-import-rows";
export { checkImportAgainstCatalog } from "./check-import";
export { runCatalogImport, type CatalogImportDeps, type ImportSummary } from "./run-catalog-import";
export {
  startCatalogImport,
  getCatalogImport,
  listCatalogImports,
  type CatalogImportDto,
} from "./catalog-imports";
