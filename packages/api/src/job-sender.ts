// Order transitions ask for jobs inside their transaction (see OrderJobSender in core). pg-boss can
// run its insert through any SQL executor: here, the transaction's own connection, so the job and the
// order change commit or roll back together.
import type { Tx } from "@comptoir/core";
import type { JobData, JobName, JobQueue } from "@comptoir/jobs";

/** Sends any declared job in the caller's transaction (order transitions, staff invitations). */
export interface TransactionalJobSender {
  sendInTransaction<N extends JobName>(tx: Tx, job: { name: N; data: JobData<N> }): Promise<void>;
}

export function transactionalJobSender(queue: JobQueue): TransactionalJobSender {
  return {
    async sendInTransaction(tx, job) {
      await queue.send(job.name, job.data, {
        db: {
          executeSql: async (text: string, values: unknown[] = []) => ({
            rows: await tx.$queryRawUnsafe<unknown[]>(text, ...values),
          }),
        },
      });
    },
  };
}
