import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { createStripe } from "../stripe-client";
import { submitHostedPage } from "../testing/hosted-checkout";
import { type WebhookReceiver, startWebhookReceiver, webhookType } from "../testing/webhook-receiver";
import { verifyWebhook } from "../webhook";

const packageDir = fileURLToPath(new URL("../..", import.meta.url));
const children: ChildProcess[] = [];
let receiver: WebhookReceiver | undefined;

afterEach(async () => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill("SIGKILL");
  await receiver?.close();
  receiver = undefined;
});

/** Runs the CLI as `pnpm dev` would, with only the variables given (and PATH). */
function startCli(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/emulator/cli.ts"], {
    cwd: packageDir,
    env: { PATH: process.env.PATH ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const output = () => ({ stdout, stderr });
  const waitForOutput = async (pattern: RegExp, timeoutMs = 15_000): Promise<RegExpExecArray> => {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const match = pattern.exec(stdout);
      if (match) return match;
      if (child.exitCode !== null) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`CLI output never matched ${pattern}: ${stdout}${stderr}`);
  };
  return { child, output, waitForOutput };
}

describe("the emulator's command-line entry", () => {
  it("serves the API and delivers signed events to the configured webhook URL, then stops on SIGTERM", async () => {
    receiver = await startWebhookReceiver();
    const cli = startCli({
      NODE_ENV: "development",
      PORT: "0",
      STRIPE_EMULATOR_WEBHOOK_URL: receiver.url,
      STRIPE_WEBHOOK_SECRET: "whsec_cli_secret",
    });
    const [, url = ""] = await cli.waitForOutput(/listening on (http:\/\/127\.0\.0\.1:\d+)/);

    const stripe = createStripe({ env: { NODE_ENV: "test", STRIPE_EMULATOR_URL: url } });
    const session = await stripe.checkout.sessions.create({
      mode: "payment",
      line_items: [
        {
          price_data: { currency: "eur", unit_amount: 990, product_data: { name: "Infuseur" } },
          quantity: 1,
        },
      ],
      customer_email: "cli@example.com",
      success_url: "https://shop.example/en/order/thanks",
    });
    await submitHostedPage(session.url ?? "", "success");

    const webhook = await receiver.waitFor(
      (received) => webhookType(received) === "checkout.session.completed",
      10_000,
    );
    expect(verifyWebhook(webhook.rawBody, webhook.signature, "whsec_cli_secret").data.object).toMatchObject({
      id: session.id,
    });
    await cli.waitForOutput(/checkout\.session\.completed evt_\w+ attempt 1: 200/);

    cli.child.kill("SIGTERM");
    const [code] = (await once(cli.child, "exit")) as [number | null];
    expect(code).toBe(0);
  });

  it("refuses to run with NODE_ENV=production", async () => {
    const cli = startCli({ NODE_ENV: "production", PORT: "0", STRIPE_WEBHOOK_SECRET: "whsec_cli_secret" });
    const [code] = (await once(cli.child, "exit")) as [number | null];

    expect(code).toBe(1);
    expect(cli.output().stderr).toContain("does not run with NODE_ENV=production");
  });
});
