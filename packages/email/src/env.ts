// The email package's environment, validated once. Nothing else in this package reads process.env.
import { z } from "zod";

/** The default SMTP port of the dev mailbox; the web page listens on DEV_MAILBOX_HTTP_PORT. */
export const DEV_MAILBOX_DEFAULT_SMTP_PORT = 1025;
export const DEV_MAILBOX_DEFAULT_HTTP_PORT = 8025;

const smtpUrl = z
  .string()
  .trim()
  // The message names the expected form only: the value holds a password and must not be echoed.
  .refine((value) => URL.canParse(value) && /^smtps?:$/.test(new URL(value).protocol), {
    error: "expected smtp://user:password@host:port or smtps://…",
  });

const port = z.coerce.number().int().min(1).max(65535);

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** The real mail server. Required in production; otherwise mail goes to the dev mailbox. */
  SMTP_URL: smtpUrl.optional(),
  /** The sender of every message, as "Name <address>". */
  MAIL_FROM: z.string().trim().min(3).default("Comptoir <boutique@comptoir.localhost>"),
  /** SMTP address of a running dev mailbox, used in development and tests when SMTP_URL is unset. */
  DEV_MAILBOX_URL: smtpUrl.default(`smtp://127.0.0.1:${DEV_MAILBOX_DEFAULT_SMTP_PORT}`),
  /** Ports and folder of the dev mailbox started by its command-line entry point. */
  DEV_MAILBOX_SMTP_PORT: port.default(DEV_MAILBOX_DEFAULT_SMTP_PORT),
  DEV_MAILBOX_HTTP_PORT: port.default(DEV_MAILBOX_DEFAULT_HTTP_PORT),
  DEV_MAILBOX_DIR: z.string().trim().min(1).optional(),
});

export type EmailEnv = z.infer<typeof schema>;

/** A configuration problem the operator can fix; its message names the variable, never its value. */
export class EmailConfigError extends Error {
  override name = "EmailConfigError";
}

export function readEmailEnv(source: NodeJS.ProcessEnv = process.env): EmailEnv {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new EmailConfigError(`Invalid email configuration — ${problems.join("; ")}`);
  }
  return parsed.data;
}
