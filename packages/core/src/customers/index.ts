// The customer's own data: profile, address book, order history, and their privacy rights (export,
// deletion). Every function takes the customer's id and only ever reads or writes their rows.
export { getProfile } from "./get-profile";
export { updateProfile, type ProfileChanges } from "./update-profile";
export { listAddresses } from "./list-addresses";
export { createAddress } from "./create-address";
export { updateAddress } from "./update-address";
export { deleteAddress } from "./delete-address";
export { setDefaultAddress } from "./set-default-address";
export type { SavedAddressInput } from "./address-fields";
export type { AddressDefaultKind } from "./address-defaults";
export { listOrders } from "./list-orders";
export { getOrder } from "./get-order";
export { exportCustomerData, type ExportOptions } from "./export-data";
export {
  deleteAccount,
  RECENT_LOGIN_MS,
  ANONYMIZED_EMAIL,
  type DeleteAccountInput,
  type DeleteAccountEffects,
  type DeletedAccount,
} from "./delete-account";
export type * from "./types";
