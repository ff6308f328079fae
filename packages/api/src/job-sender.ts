// Order transitions ask for jobs inside their transaction (see OrderJobSender in core). pg-boss can
// run its insert through any SQL executor: here, the transaction's own connection, so the job and the
// order change commit or roll back together.
import type { orders, Tx } from "@comptoir/core";
import type { JobQueue } from "@comptoir/jobs";

export function transactionalJobSender(queue: JobQueue): orders.OrderJobSender {
  return {
    async sendInTransaction(tx: Tx, job) {
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
