// `pnpm --filter @comptoir/email mailbox`: runs the dev mailbox until stopped. Ports and folder
// come from DEV_MAILBOX_SMTP_PORT, DEV_MAILBOX_HTTP_PORT and DEV_MAILBOX_DIR, so that the dev
// launcher can start it as a child process and point the apps' DEV_MAILBOX_URL at it.
import { EmailConfigError, readEmailEnv } from "../env";
import { startDevMailbox } from "./start-dev-mailbox";

try {
  const env = readEmailEnv();
  const mailbox = await startDevMailbox(
    { smtpPort: env.DEV_MAILBOX_SMTP_PORT, httpPort: env.DEV_MAILBOX_HTTP_PORT, dir: env.DEV_MAILBOX_DIR },
    env,
  );
  process.stdout.write(`Dev mailbox ready: SMTP ${mailbox.smtpUrl}, messages at ${mailbox.url}\n`);
  const stop = () => {
    void mailbox.stop().then(() => process.exit(0));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
} catch (error) {
  const code = (error as { code?: string }).code;
  const message =
    error instanceof EmailConfigError
      ? error.message
      : code === "EADDRINUSE"
        ? "A dev mailbox port is already in use (DEV_MAILBOX_SMTP_PORT, DEV_MAILBOX_HTTP_PORT): is another one running?"
        : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
}
