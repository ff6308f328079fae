import type { AuditRequest } from "@comptoir/audit";
import type { Prisma } from "@comptoir/db";
import type { AccountEmailJob } from "@comptoir/jobs";

export type Tx = Prisma.TransactionClient;

/**
 * Queues an account email (the API's AccountEmailSender). Given the transaction of the change that
 * asks for it, so that the email exists if and only if the change commits.
 */
export interface AccountEmailQueue {
  send(job: AccountEmailJob, options: { tx?: Tx }): Promise<void>;
}

/** The request facts that go with every audit event: client address and browser. */
export type RequestInfo = AuditRequest;

/** How a person proved who they are, as recorded in `user_login` events. */
export type LoginMethod =
  "password" | "magic_link" | "email_verification" | "password_reset" | "email_change";
