// The mailer over real SMTP into a real dev mailbox, read back through its JSON API.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startDevMailbox, type DevMailbox, type MailboxMessage } from "./dev-mailbox";
import { readEmailEnv } from "./env";
import { createMailer } from "./mailer";
import { renderOrderConfirmation } from "./templates/order-confirmation";
import type { OrderConfirmationData } from "./templates/order-confirmation-data";

const order: OrderConfirmationData = {
  orderNumber: 2001,
  placedAt: new Date("2026-11-20T10:00:00Z"),
  customerName: "Léa",
  currency: "EUR",
  lines: [
    {
      productName: "Café de Colombie",
      variantName: "250 g",
      quantity: 3,
      unitAmount: 890,
      totalAmount: 2670,
    },
  ],
  subtotalAmount: 2670,
  discountAmount: 0,
  shippingAmount: 0,
  taxLines: [{ code: "VAT", ratePpm: 55_000, amount: 139 }],
  pricesIncludeTax: true,
  totalAmount: 2670,
  shippingAddress: {
    name: "Léa Martin",
    line1: "3 quai des Chartrons",
    postalCode: "33000",
    city: "Bordeaux",
    country: "FR",
  },
  orderUrl: "https://comptoir.example/fr/compte/commandes/2001",
};

describe("createMailer", () => {
  let mailbox: DevMailbox;

  beforeAll(async () => {
    mailbox = await startDevMailbox({}, readEmailEnv({ NODE_ENV: "test" }));
  });
  afterAll(async () => {
    await mailbox.stop();
  });
  beforeEach(async () => {
    await mailbox.clear();
  });

  async function inbox(address: string): Promise<MailboxMessage[]> {
    const response = await fetch(`${mailbox.url}/api/messages?to=${encodeURIComponent(address)}`);
    expect(response.status).toBe(200);
    return (await response.json()) as MailboxMessage[];
  }

  it.each([
    {
      locale: "fr" as const,
      subject: "Votre commande Comptoir n° 2001 est confirmée",
      greeting: "Bonjour Léa,",
    },
    { locale: "en" as const, subject: "Your Comptoir order #2001 is confirmed", greeting: "Hello Léa," },
  ])(
    "delivers the $locale order confirmation over SMTP to the dev mailbox",
    async ({ locale, subject, greeting }) => {
      const mailer = createMailer(
        readEmailEnv({ NODE_ENV: "development", DEV_MAILBOX_URL: mailbox.smtpUrl }),
      );
      expect(mailer.target).toBe("dev-mailbox");
      const rendered = renderOrderConfirmation(order, locale);
      const sent = await mailer.send({ to: `Lea.Martin+${locale}@Example.com`, ...rendered });
      mailer.close();
      // nodemailer lower-cases the domain, which is case-insensitive anyway.
      expect(sent.accepted).toEqual([`Lea.Martin+${locale}@example.com`]);

      const [message, ...others] = await inbox(`lea.martin+${locale}@example.com`);
      expect(others).toEqual([]);
      expect(message).toMatchObject({
        from: "Comptoir <boutique@comptoir.localhost>",
        to: [`lea.martin+${locale}@example.com`],
        subject,
      });
      // What arrives is what was rendered, through MIME encoding and back (accents included).
      expect(message!.text.trim()).toBe(rendered.text.trim());
      expect(message!.text).toContain(greeting);
      expect(message!.html).toContain(`<html lang="${locale}">`);
      expect(message!.html).toContain('href="https://comptoir.example/fr/compte/commandes/2001"');
      expect(message!.html).toContain("Café de Colombie");
    },
  );

  it("uses SMTP_URL, with its credentials, whenever it is set", async () => {
    const smtpUrl = mailbox.smtpUrl.replace("smtp://", "smtp://shop:s3cret@");
    const mailer = createMailer(
      readEmailEnv({ NODE_ENV: "production", SMTP_URL: smtpUrl, MAIL_FROM: "Boutique <shop@example.com>" }),
    );
    expect(mailer.target).toBe("smtp");
    await mailer.verify();
    await mailer.send({ to: "client@example.com", subject: "Test", text: "Bonjour", html: "<p>Bonjour</p>" });
    mailer.close();
    const [message] = await inbox("client@example.com");
    expect(message).toMatchObject({
      from: "Boutique <shop@example.com>",
      subject: "Test",
      html: "<p>Bonjour</p>",
    });
    expect(message!.text.trim()).toBe("Bonjour");
  });

  it("refuses to run in production without SMTP_URL", () => {
    expect(() => createMailer(readEmailEnv({ NODE_ENV: "production" }))).toThrow(/SMTP_URL is not set/);
  });

  it("rejects a send when the server cannot be reached, so that the job retries", async () => {
    const closed = await startDevMailbox({}, readEmailEnv({ NODE_ENV: "test" }));
    await closed.stop();
    const mailer = createMailer(readEmailEnv({ NODE_ENV: "test", DEV_MAILBOX_URL: closed.smtpUrl }));
    await expect(
      mailer.send({ to: "client@example.com", subject: "Lost", text: "Lost", html: "<p>Lost</p>" }),
    ).rejects.toThrow(/ECONNREFUSED/);
    mailer.close();
  });
});

describe("readEmailEnv", () => {
  it("names a malformed SMTP_URL without echoing its password", () => {
    const read = () => readEmailEnv({ SMTP_URL: "http://user:hunter2@mail.example.com" });
    expect(read).toThrow(/SMTP_URL: expected smtp:\/\//);
    expect(read).not.toThrow(/hunter2/);
  });

  it("has working defaults for development", () => {
    expect(readEmailEnv({})).toMatchObject({
      NODE_ENV: "development",
      MAIL_FROM: "Comptoir <boutique@comptoir.localhost>",
      DEV_MAILBOX_URL: "smtp://127.0.0.1:1025",
      DEV_MAILBOX_SMTP_PORT: 1025,
      DEV_MAILBOX_HTTP_PORT: 8025,
    });
  });
});
