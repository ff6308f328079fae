export {
  createTestProduct,
  createTestCategory,
  type TestProduct,
  type TestVariant,
  type TestOption,
} from "./catalog-fixtures";
export { createTestOrder, recordingJobSender, type TestOrderInput } from "./order-fixtures";
export {
  createSellingTerms,
  createDiscount,
  createCustomer,
  setPricesIncludeTax,
} from "../cart/test-fixtures";
export { createCustomerOrder, createSavedAddress, type CustomerOrderInput } from "../customers/test-fixtures";
