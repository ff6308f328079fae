export {
  createTestProduct,
  createTestCategory,
  type TestProduct,
  type TestVariant,
  type TestOption,
} from "./catalog-fixtures";
