// The shipping email end to end: staff mark an order shipped (the job written in that transaction),
// the worker picks the job up and sends the email over SMTP to the dev mailbox, once.
import { transactionalJobSender } from "@comptoir/api/jobs";
import { orders } from "@comptoir/core";
import { createTestOrder, createTestProduct } from "@comptoir/core/testing";
import { useTestDatabase } from "@comptoir/db/testing";
import { createMailer, readEmailEnv } from "@comptoir/email";
import { startDevMailbox, type DevMailbox } from "@comptoir/email/dev-mailbox";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWorker, type Worker } from "../worker";
import { sendOrderShipped } from "./send-order-shipped";

const SHOP = "https://shop.example";

describe("the shipping email", () => {
  const database = useTestDatabase("order_shipped_email");
  let mailbox: DevMailbox;
  let worker: Worker;

  beforeAll(async () => {
    mailbox = await startDevMailbox({ smtpPort: 0, httpPort: 0 });
    worker = await startWorker({
      db: database.db,
      databaseUrl: database.url,
      env: { PUBLIC_URL: SHOP, RECONCILE_CRON: "0 0 1 1 *", EMAIL_CONCURRENCY: 4 },
      mailer: createMailer({ ...readEmailEnv({ NODE_ENV: "test" }), DEV_MAILBOX_URL: mailbox.smtpUrl }),
      pollingIntervalSeconds: 0.5,
    });
  });
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2_000 });
    await mailbox?.stop();
  });

  /** A paid order of one unit, shipped by staff with `carrier` and `trackingNumber`. */
  async function shippedOrder(email: string, carrier: string, trackingNumber: string) {
    const jobs = transactionalJobSender(worker.queue);
    const product = await createTestProduct(database.db, { variants: [{ stock: 3, priceAmount: 1900 }] });
    const order = await createTestOrder(database.db, {
      email,
      lines: [{ variantId: product.variantIds[0]!, quantity: 1, unitAmount: 1900 }],
    });
    await database.db.$transaction((tx) =>
      orders.settlePaid(
        tx,
        { orderId: order.id, paymentIntentId: null, actor: "SYSTEM", source: "test" },
        { jobs },
      ),
    );
    const parsed = orders.parseShipment({ carrier, trackingNumber });
    if (!parsed.ok) throw new Error("the test's shipment is valid");
    await orders.fulfilOrder(
      database.db,
      { orderId: order.id, shipment: parsed.shipment, staffId: "staff" },
      { jobs },
    );
    return order;
  }

  it("sends the customer the carrier, the tracking number and the carrier's tracking link, once", async () => {
    const order = await shippedOrder("colis-fr@example.test", "UPS", "1z 999 aa1 0123456784");
    const message = await mailbox.waitFor(
      (mail) => mail.to.includes("colis-fr@example.test") && mail.subject.includes("en route"),
      15_000,
    );
    expect(message.subject).toBe(`Votre commande n° ${order.number} est en route`);
    expect(message.text).toContain("Bonjour Camille Martin,");
    expect(message.text).toContain("UPS");
    expect(message.text).toContain("1Z999AA10123456784");
    expect(message.html).toContain('href="https://www.ups.com/track?tracknum=1Z999AA10123456784"');
    // The job may run again (at least once): the event written after sending stops a second copy.
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const sent = await database.db.orderEvent.count({
        where: { orderId: order.id, type: "shipped_email_sent" },
      });
      if (sent > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const mailer = createMailer({ ...readEmailEnv({ NODE_ENV: "test" }), DEV_MAILBOX_URL: mailbox.smtpUrl });
    try {
      expect(await sendOrderShipped(database.db, mailer, { orderId: order.id, publicUrl: SHOP })).toBe(
        "already_sent",
      );
    } finally {
      mailer.close();
    }
    // The other message is the order confirmation, sent when the order was paid.
    const shippingEmails = mailbox
      .messages({ to: "colis-fr@example.test" })
      .filter((mail) => mail.subject === message.subject);
    expect(shippingEmails).toHaveLength(1);
  });

  it("gives the number alone for a carrier typed by hand", async () => {
    await shippedOrder("colis-autre@example.test", "Coursier Dupont", "CD-778899");
    const message = await mailbox.waitFor(
      (mail) => mail.to.includes("colis-autre@example.test") && mail.subject.includes("en route"),
      15_000,
    );
    expect(message.text).toContain("Coursier Dupont");
    expect(message.text).toContain("CD-778899");
    expect(message.text).toContain("Suivez votre colis sur le site du transporteur avec ce numéro.");
    expect(message.html).not.toContain("Suivre mon colis");
  });
});
