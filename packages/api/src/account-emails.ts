// How account procedures ask for an email: a job on the queue (see accountEmailJob in
// @comptoir/jobs), written in the caller's transaction when one is given, so the email exists if
// and only if the change that asked for it commits. The worker renders and sends it.
import type { Tx } from "@comptoir/core";
import type { AccountEmailJob, JobQueue } from "@comptoir/jobs";

export type { AccountEmailJob } from "@comptoir/jobs";

export interface AccountEmailSender {
  send(job: AccountEmailJob, options?: { tx?: Tx }): Promise<void>;
}

export function queuedAccountEmails(queue: JobQueue): AccountEmailSender {
  return {
    async send(job, options = {}) {
      const { tx } = options;
      await queue.send(
        "email.account",
        job,
        tx
          ? {
              db: {
                executeSql: async (text: string, values: unknown[] = []) => ({
                  rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
                }),
              },
            }
          : {},
      );
    },
  };
}

/** For tests: keeps the emails asked for, in order, instead of queueing them. */
export function recordingAccountEmails(): AccountEmailSender & { sent: AccountEmailJob[] } {
  const sent: AccountEmailJob[] = [];
  return {
    sent,
    async send(job) {
      sent.push(job);
    },
  };
}
