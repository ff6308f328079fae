export { readEmailEnv, EmailConfigError, type EmailEnv } from "./env";
export { createMailer, type Mailer, type MailMessage, type SentMail } from "./mailer";
export { renderOrderConfirmation, type RenderedEmail } from "./templates/order-confirmation";
export type {
  OrderConfirmationData,
  OrderConfirmationLine,
  OrderConfirmationTax,
  OrderConfirmationAddress,
} from "./templates/order-confirmation-data";
export { escapeHtml } from "./templates/escape-html";
export { renderAccountEmail } from "./templates/account-email";
export type {
  AccountEmailData,
  AccountEmailKind,
  VerifyEmailData,
  AccountExistsData,
  MagicLinkData,
  PasswordResetData,
  EmailChangeData,
  EmailChangedData,
  PasswordChangedData,
  AccountDeletedData,
} from "./templates/account-email-data";
export { renderOrderShipped } from "./templates/order-shipped";
export type { OrderShippedData, OrderShippedLine } from "./templates/order-shipped-data";
export { renderStaffInvitation } from "./templates/staff-invitation";
export type { StaffInvitationData, StaffInvitationRole } from "./templates/staff-invitation-data";
