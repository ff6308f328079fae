// What staff see and do about customer accounts (the admin's customer pages). The customer's own
// account functions are in ./index.ts; these read any customer's rows and require a staff caller.
export {
  listStaffCustomers,
  MAX_CUSTOMER_PAGE_SIZE,
  type StaffCustomerList,
  type StaffCustomerListInput,
  type StaffCustomerRow,
} from "./staff-customer-list";
export {
  getStaffCustomer,
  STAFF_CUSTOMER_ORDER_LIMIT,
  type StaffCustomerDetail,
  type StaffCustomerOrder,
  type StaffCustomerSpend,
} from "./staff-customer-detail";
export {
  prepareVerificationResend,
  VERIFICATION_RESENT_ACTION,
  VERIFICATION_RESEND_INTERVAL_MS,
  type VerificationResend,
} from "./staff-verification-resend";
