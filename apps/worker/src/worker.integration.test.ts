import { createHash } from "node:crypto";
import { orders } from "@comptoir/core";
import { createTestOrder, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { createMailer, readEmailEnv } from "@comptoir/email";
import { startDevMailbox, type DevMailbox } from "@comptoir/email/dev-mailbox";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendOrderConfirmation } from "./jobs/send-order-confirmation";
import { startWorker, type Worker } from "./worker";

describe("the worker", () => {
  const database = useTestDatabase("worker");
  let mailbox: DevMailbox;
  let worker: Worker;
  const mailer = () =>
    createMailer({ ...readEmailEnv({ NODE_ENV: "test" }), DEV_MAILBOX_URL: mailbox.smtpUrl });

  let barePictureId: string;

  beforeAll(async () => {
    // A picture stored before smaller copies existed, as in a shop upgraded in place.
    const data = await sharp({ create: { width: 600, height: 600, channels: 3, background: "#aa6633" } })
      .webp()
      .toBuffer();
    const bare = await database.db.mediaAsset.create({
      data: {
        checksum: createHash("sha256").update(data).digest("hex"),
        mimeType: "image/webp",
        width: 600,
        height: 600,
        byteSize: data.byteLength,
        data,
      },
    });
    barePictureId = bare.id;
    mailbox = await startDevMailbox({ smtpPort: 0, httpPort: 0 });
    worker = await startWorker({
      db: database.db,
      databaseUrl: database.url,
      env: { PUBLIC_URL: "https://shop.example", RECONCILE_CRON: "0 0 1 1 *", EMAIL_CONCURRENCY: 2 },
      mailer: mailer(),
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2_000 });
    await mailbox?.stop();
  });

  async function paidOrder(email: string, locale: "fr" | "en") {
    const product = await createTestProduct(database.db, { variants: [{ stock: 5, priceAmount: 1850 }] });
    const order = await createTestOrder(database.db, {
      email,
      lines: [{ variantId: product.variantIds[0]!, quantity: 2, unitAmount: 1850 }],
    });
    await database.db.order.update({ where: { id: order.id }, data: { locale } });
    // Paid the way a webhook pays it: the transition queues the email in its own transaction.
    const { transactionalJobSender } = await import("@comptoir/api/jobs");
    await database.db.$transaction((tx) =>
      orders.settlePaid(
        tx,
        { orderId: order.id, paymentIntentId: `pi_${order.id}`, actor: "PAYMENT_PROVIDER", source: "test" },
        { jobs: transactionalJobSender(worker.queue) },
      ),
    );
    return order;
  }

  it("sends the confirmation of a paid order, in the customer's language, over SMTP", async () => {
    const order = await paidOrder("lea@example.com", "fr");
    const message = await mailbox.waitFor((mail) => mail.to.includes("lea@example.com"), 15_000);
    expect(message.subject).toContain(String(order.number));
    expect(message.text).toContain("37,00");
    expect(message.html).toContain('lang="fr"');

    const english = await paidOrder("sam@example.com", "en");
    const second = await mailbox.waitFor((mail) => mail.to.includes("sam@example.com"), 15_000);
    expect(second.subject).toContain(`#${english.number}`);
  });

  it("gives pictures stored without smaller copies their copies once started", async () => {
    const widths = async () =>
      (
        await database.db.mediaRendition.findMany({
          where: { mediaId: barePictureId },
          orderBy: { width: "asc" },
        })
      ).map((copy) => copy.width);
    for (let i = 0; i < 200 && (await widths()).length === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await widths()).toEqual([200, 400]);
  });

  it("sends a confirmation once, however many times its job runs", async () => {
    const order = await paidOrder("once@example.com", "en");
    await mailbox.waitFor((mail) => mail.to.includes("once@example.com"), 15_000);
    // The job records the email right after the SMTP server's answer: wait for that record.
    const sentEvent = { orderId: order.id, type: "confirmation_email_sent" };
    for (let i = 0; i < 100 && (await database.db.orderEvent.count({ where: sentEvent })) === 0; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const again = await sendOrderConfirmation(database.db, mailer(), {
      orderId: order.id,
      publicUrl: "https://shop.example",
    });
    expect(again).toBe("already_sent");
    expect(mailbox.messages().filter((mail) => mail.to.includes("once@example.com"))).toHaveLength(1);
  });
});
