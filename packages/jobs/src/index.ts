export {
  createJobQueue,
  JOB_QUEUE_SCHEMA,
  type Job,
  type JobHandler,
  type JobInfo,
  type JobQueue,
  type JobQueueOptions,
  type JobSqlExecutor,
  type SendOptions,
  type StopOptions,
  type WorkOptions,
} from "./job-queue";
export {
  jobTypes,
  JOB_NAMES,
  DEFAULT_RETRY,
  isJobName,
  type JobName,
  type JobData,
  type QueuePolicy,
  type RetryPolicy,
} from "./job-types";
