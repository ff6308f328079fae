// SIGTERM while a job runs, on the worker as it ships (`node --import tsx src/main.ts`): the job
// finishes within SHUTDOWN_TIMEOUT_MS, or goes back to the queue at the deadline; never lost. The
// job is an order confirmation whose SMTP server takes its time to accept the message.
import { spawn } from "node:child_process";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { transactionalJobSender } from "@comptoir/api/jobs";
import { orders } from "@comptoir/core";
import { createTestOrder, createTestProduct } from "@comptoir/core/testing";
import { createTestDatabase, type TestDatabase } from "@comptoir/db/testing";
import { createJobQueue, type JobQueue } from "@comptoir/jobs";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const workerDir = fileURLToPath(new URL("..", import.meta.url));

/** An SMTP server that waits `delayMs` before accepting each message. */
async function slowSmtpServer(delayMs: number) {
  let receiving = 0;
  let accepted = 0;
  const server = net.createServer((socket) => {
    let inData = false;
    let buffer = "";
    socket.write("220 slow.example ESMTP\r\n");
    socket.on("error", () => undefined);
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      if (inData) {
        if (!buffer.includes("\r\n.\r\n")) return;
        inData = false;
        buffer = "";
        receiving += 1;
        setTimeout(() => {
          accepted += 1;
          if (!socket.destroyed) socket.write("250 queued\r\n");
        }, delayMs);
        return;
      }
      let end: number;
      while ((end = buffer.indexOf("\r\n")) >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const verb = line.split(" ")[0]!.toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 slow.example\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
          break;
        } else if (verb === "QUIT") socket.end("221 bye\r\n");
        else socket.write("250 ok\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `smtp://127.0.0.1:${port}`,
    receiving: () => receiving,
    accepted: () => accepted,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return typeof address === "object" && address ? address.port : 0;
}

async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe("the worker on SIGTERM", () => {
  let database: TestDatabase;
  let queue: JobQueue;
  const cleanups: Array<() => Promise<void>> = [];

  beforeAll(async () => {
    database = await createTestDatabase("worker_shutdown");
    queue = createJobQueue({ databaseUrl: database.url });
    await queue.start();
  });
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()));
  });
  afterAll(async () => {
    await queue?.stop();
    await database?.drop();
  });

  /** A paid order: its confirmation email job is queued by the payment, as in production. */
  async function paidOrder(email: string): Promise<string> {
    const product = await createTestProduct(database.db, { variants: [{ stock: 5, priceAmount: 1850 }] });
    const order = await createTestOrder(database.db, {
      email,
      lines: [{ variantId: product.variantIds[0]!, quantity: 1, unitAmount: 1850 }],
    });
    await database.db.$transaction((tx) =>
      orders.settlePaid(
        tx,
        { orderId: order.id, paymentIntentId: `pi_${order.id}`, actor: "PAYMENT_PROVIDER", source: "test" },
        { jobs: transactionalJobSender(queue) },
      ),
    );
    return order.id;
  }

  async function confirmationJobState(orderId: string): Promise<string | undefined> {
    const rows = await database.db.$queryRawUnsafe<Array<{ state: string }>>(
      "SELECT state::text FROM pgboss.job WHERE name = 'email.order-confirmation' AND data->>'orderId' = $1",
      orderId,
    );
    return rows[0]?.state;
  }

  async function startWorkerProcess(smtpUrl: string, shutdownTimeoutMs: number) {
    const healthPort = await freePort();
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
      cwd: workerDir,
      env: {
        ...process.env,
        NODE_ENV: "test",
        DATABASE_URL: database.url,
        DEV_MAILBOX_URL: smtpUrl,
        RECONCILE_CRON: "0 0 1 1 *",
        SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs),
        WORKER_HEALTH_PORT: String(healthPort),
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    cleanups.push(async () => {
      if (child.exitCode === null) child.kill("SIGKILL");
    });
    const health = `http://127.0.0.1:${healthPort}`;
    await eventually(
      async () => (await fetch(`${health}/readyz`).catch(() => undefined))?.status === 200,
      30_000,
    );
    return { child, exited, health, output: () => output };
  }

  it("answers its probes, lets the running job finish, and exits 0", async () => {
    const smtp = await slowSmtpServer(2_000);
    cleanups.push(smtp.close);
    const worker = await startWorkerProcess(smtp.url, 15_000);
    const alive = await fetch(`${worker.health}/healthz`);
    expect(await alive.json()).toEqual({ status: "ok" });
    expect(await (await fetch(`${worker.health}/readyz`)).json()).toMatchObject({
      status: "ok",
      checks: { postgres: { status: "ok" }, migrations: { status: "ok" } },
    });

    const orderId = await paidOrder("patient@example.com");
    await eventually(() => smtp.receiving() === 1);
    worker.child.kill("SIGTERM");

    expect(await worker.exited).toBe(0);
    expect(smtp.accepted()).toBe(1);
    expect(await confirmationJobState(orderId)).toBe("completed");
    // Its start-up line, and no error.
    expect(worker.output().trim()).toBe(
      "worker started: order and account emails, payment reconciliation, expired reservations",
    );
  });

  it("puts a job that outlives the deadline back in the queue, and still exits 0", async () => {
    const smtp = await slowSmtpServer(30_000);
    cleanups.push(smtp.close);
    const worker = await startWorkerProcess(smtp.url, 1_000);
    const orderId = await paidOrder("hurried@example.com");
    await eventually(() => smtp.receiving() === 1);
    const signalled = Date.now();
    worker.child.kill("SIGTERM");

    expect(await worker.exited).toBe(0);
    expect(Date.now() - signalled).toBeLessThan(10_000);
    // Back in the queue for another worker (or this one's next start), with its retries.
    expect(await confirmationJobState(orderId)).toBe("retry");
  });
});
