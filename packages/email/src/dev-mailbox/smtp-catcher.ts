// The SMTP side of the dev mailbox: accepts every message for every address (with or without
// credentials, without TLS) and hands it, parsed, to the store.
import { simpleParser, type AddressObject } from "mailparser";
import { SMTPServer } from "smtp-server";
import type { NewMailboxMessage } from "./message-store";

const MAX_MESSAGE_BYTES = 25 * 1024 * 1024;

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects
    .flatMap((object) => object.value)
    .flatMap((entry) => [entry.address, ...(entry.group ?? []).map((member) => member.address)])
    .filter((address): address is string => Boolean(address))
    .map((address) => address.toLowerCase());
}

// "Name <address>" as people write it (mailparser's text quotes the name).
function senderOf(field: AddressObject | undefined, envelopeSender: string): string {
  const first = field?.value[0];
  if (!first?.address) return field?.text ?? envelopeSender;
  return first.name ? `${first.name} <${first.address}>` : first.address;
}

export function createSmtpCatcher(onMessage: (message: NewMailboxMessage) => Promise<unknown>): SMTPServer {
  return new SMTPServer({
    banner: "Comptoir dev mailbox",
    // Development only: any credentials, or none, over plain text on the loopback interface.
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ["STARTTLS"],
    onAuth(auth, _session, callback) {
      callback(null, { user: auth.username ?? "dev" });
    },
    size: MAX_MESSAGE_BYTES,
    logger: false,
    // Stopping must not wait for an idle client to hang up.
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then(async (parsed) => {
          if (stream.sizeExceeded) {
            callback(Object.assign(new Error("Message too large"), { responseCode: 552 }));
            return;
          }
          await onMessage({
            from: senderOf(parsed.from, session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
            to: addressesOf(parsed.to),
            recipients: session.envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
            subject: parsed.subject ?? "",
            date: (parsed.date ?? new Date()).toISOString(),
            text: parsed.text ?? "",
            html: parsed.html || null,
          });
          callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
}
