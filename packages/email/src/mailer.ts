// Sends mail over SMTP with nodemailer: to the real server in SMTP_URL, or, in development and
// tests, to the local dev mailbox, so that the same code path (SMTP, MIME) runs everywhere.
import { createTransport } from "nodemailer";
import { EmailConfigError, readEmailEnv, type EmailEnv } from "./env";

export interface MailMessage {
  to: string | string[];
  subject: string;
  html: string;
  text: string;
  replyTo?: string;
}

export interface SentMail {
  messageId: string;
  accepted: string[];
  rejected: string[];
}

export interface Mailer {
  /** Where mail goes: the configured SMTP server, or the dev mailbox. */
  readonly target: "smtp" | "dev-mailbox";
  /** Sends one message; rejects when the server refuses it or cannot be reached (so a job retries). */
  send(message: MailMessage): Promise<SentMail>;
  /** Connects and authenticates without sending, to check the configuration at start-up. */
  verify(): Promise<void>;
  close(): void;
}

function addresses(list: unknown): string[] {
  return Array.isArray(list)
    ? list.map((entry) => (typeof entry === "string" ? entry : String(entry.address)))
    : [];
}

/**
 * The mailer for this environment. Production without SMTP_URL is refused: mail would otherwise
 * go nowhere and customers would never know.
 */
export function createMailer(env: EmailEnv = readEmailEnv()): Mailer {
  if (!env.SMTP_URL && env.NODE_ENV === "production") {
    throw new EmailConfigError(
      "SMTP_URL is not set. Set it to your mail server (smtp://user:password@host:587) to send mail in production.",
    );
  }
  const target = env.SMTP_URL ? "smtp" : "dev-mailbox";
  const transport = createTransport(
    {
      url: env.SMTP_URL ?? env.DEV_MAILBOX_URL,
      // The dev mailbox speaks plain SMTP on the loopback interface; real servers get STARTTLS.
      ignoreTLS: target === "dev-mailbox",
      // A job is waiting on this: fail fast enough for its retry to take over.
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    },
    { from: env.MAIL_FROM },
  );

  return {
    target,
    async send(message) {
      const info = await transport.sendMail(message);
      return {
        messageId: info.messageId,
        accepted: addresses(info.accepted),
        rejected: addresses(info.rejected),
      };
    },
    async verify() {
      await transport.verify();
    },
    close() {
      transport.close();
    },
  };
}
