export { startWorker, type Worker, type WorkerDeps } from "./worker";
export { readWorkerEnv, type WorkerEnv } from "./env";
export { sendOrderConfirmation } from "./jobs/send-order-confirmation";
export { sendOrderShipped } from "./jobs/send-order-shipped";
export {
  sendAccountEmail,
  type AccountEmailOutcome,
  type AccountEmailSkipReason,
} from "./jobs/send-account-email";
