export { startDevMailbox, type DevMailbox, type DevMailboxOptions } from "./start-dev-mailbox";
export type { MailboxMessage, MessageFilter } from "./message-store";
