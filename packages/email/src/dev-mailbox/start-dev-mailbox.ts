// A local mail catcher for development and tests: an SMTP server that keeps what it receives and
// a web page to read it, so that no mail leaves the machine and tests can read what was "sent".
import type { AddressInfo, Server } from "node:net";
import { EmailConfigError, readEmailEnv, type EmailEnv } from "../env";
import { createMailboxHttpServer } from "./http-ui";
import { MessageStore, type MailboxMessage, type MessageFilter } from "./message-store";
import { createSmtpCatcher } from "./smtp-catcher";

export interface DevMailboxOptions {
  /** SMTP port; 0 (the default) picks a free one. */
  smtpPort?: number;
  /** Port of the web page and JSON API; 0 (the default) picks a free one. */
  httpPort?: number;
  /** Interface to listen on; loopback by default, so that the mailbox is not reachable from outside. */
  host?: string;
  /** Folder where messages are also kept (e.g. .data/mailbox), so that they survive a restart. */
  dir?: string;
  /** How many messages are kept; the oldest go first (default 1000). */
  limit?: number;
}

export interface DevMailbox {
  /** Where to send: smtp://127.0.0.1:<port> (the value for DEV_MAILBOX_URL). */
  smtpUrl: string;
  /** The web page (and, under /api/messages, the JSON API). */
  url: string;
  /** Messages received so far, newest first. */
  messages(filter?: MessageFilter): MailboxMessage[];
  /** The newest message matching `predicate`, as soon as there is one; rejects after `timeoutMs`. */
  waitFor(predicate: (message: MailboxMessage) => boolean, timeoutMs?: number): Promise<MailboxMessage>;
  clear(): Promise<void>;
  stop(): Promise<void>;
}

function listen(server: Server, port: number, host: string) {
  return new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.once("listening", () => resolve());
    server.listen(port, host);
  });
}

function urlHost(host: string): string {
  return host.includes(":") ? `[${host}]` : host;
}

export async function startDevMailbox(
  options: DevMailboxOptions = {},
  env: EmailEnv = readEmailEnv(),
): Promise<DevMailbox> {
  if (env.NODE_ENV === "production") {
    throw new EmailConfigError(
      "The dev mailbox is for development and tests; it does not run in production.",
    );
  }
  const host = options.host ?? "127.0.0.1";
  const store = new MessageStore({ dir: options.dir, limit: options.limit });
  await store.load();

  const smtp = createSmtpCatcher((message) => store.add(message));
  // A client that hangs up mid-message is that client's problem, not a reason to crash the mailbox.
  smtp.on("error", () => undefined);
  const http = createMailboxHttpServer(store);
  await listen(smtp.server, options.smtpPort ?? 0, host);
  try {
    await listen(http, options.httpPort ?? 0, host);
  } catch (error) {
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
    throw error;
  }
  const smtpPort = (smtp.server.address() as AddressInfo).port;
  let stopping: Promise<void> | undefined;
  const httpPort = (http.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://${urlHost(host)}:${smtpPort}`,
    url: `http://${urlHost(host)}:${httpPort}`,
    messages: (filter) => store.list(filter),
    waitFor(predicate, timeoutMs = 10_000) {
      const existing = store.list().find(predicate);
      if (existing) return Promise.resolve(existing);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          unsubscribe();
          reject(new Error(`No matching message reached the dev mailbox within ${timeoutMs} ms`));
        }, timeoutMs);
        const unsubscribe = store.onMessage((message) => {
          if (!predicate(message)) return;
          clearTimeout(timer);
          unsubscribe();
          resolve(message);
        });
      });
    },
    clear: () => store.clear(),
    stop() {
      stopping ??= Promise.all([
        new Promise<void>((resolve) => {
          http.close(() => resolve());
          http.closeAllConnections();
        }),
        new Promise<void>((resolve) => smtp.close(() => resolve())),
      ]).then(() => undefined);
      return stopping;
    },
  };
}
