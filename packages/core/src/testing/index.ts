export { createTestProduct, type TestProduct, type TestVariant } from "./catalog-fixtures";
