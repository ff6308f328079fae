export { startWorker, type Worker, type WorkerDeps } from "./worker";
export { readWorkerEnv, type WorkerEnv } from "./env";
export { sendOrderConfirmation } from "./jobs/send-order-confirmation";
