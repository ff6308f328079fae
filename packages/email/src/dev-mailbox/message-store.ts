// The messages the dev mailbox caught: in memory, and mirrored to a folder when one is given so
// that they survive a restart of `pnpm dev`.
import { randomUUID } from "node:crypto";
import { EventEmitter } from "node:events";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";

export interface MailboxMessage {
  id: string;
  /** The From header as written ("Comptoir <boutique@comptoir.localhost>"). */
  from: string;
  /** Addresses of the To header, lower-cased. */
  to: string[];
  /** Addresses of the SMTP envelope (To, Cc and Bcc), lower-cased. */
  recipients: string[];
  subject: string;
  /** The Date header (or the time of receipt), ISO 8601. */
  date: string;
  receivedAt: string;
  text: string;
  html: string | null;
}

export type NewMailboxMessage = Omit<MailboxMessage, "id" | "receivedAt">;

export interface MessageFilter {
  /** An address among the message's To or envelope recipients, in any case. */
  to?: string;
}

const FILE_SUFFIX = ".json";

export class MessageStore {
  // Oldest first; lists reverse it.
  private readonly items: MailboxMessage[] = [];
  private readonly events = new EventEmitter();

  constructor(private readonly options: { dir?: string; limit?: number } = {}) {
    // Many test files may wait on one mailbox at once.
    this.events.setMaxListeners(0);
  }

  /** Reads the messages kept in the folder by a previous run. */
  async load(): Promise<void> {
    const { dir } = this.options;
    if (!dir) return;
    await mkdir(dir, { recursive: true });
    const files = (await readdir(dir)).filter((name) => name.endsWith(FILE_SUFFIX));
    const loaded = await Promise.all(
      files.map(async (name) => JSON.parse(await readFile(path.join(dir, name), "utf8")) as MailboxMessage),
    );
    loaded.sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
    this.items.push(...loaded);
    await this.trim();
  }

  async add(message: NewMailboxMessage): Promise<MailboxMessage> {
    const stored: MailboxMessage = { id: randomUUID(), receivedAt: new Date().toISOString(), ...message };
    if (this.options.dir) {
      await writeFile(
        path.join(this.options.dir, `${stored.id}${FILE_SUFFIX}`),
        JSON.stringify(stored, null, 2),
      );
    }
    this.items.push(stored);
    await this.trim();
    this.events.emit("message", stored);
    return stored;
  }

  /** Newest first. */
  list(filter: MessageFilter = {}): MailboxMessage[] {
    const to = filter.to?.trim().toLowerCase();
    const matching = to
      ? this.items.filter((message) => message.to.includes(to) || message.recipients.includes(to))
      : this.items;
    return [...matching].reverse();
  }

  get(id: string): MailboxMessage | undefined {
    return this.items.find((message) => message.id === id);
  }

  async clear(): Promise<void> {
    const removed = this.items.splice(0);
    await Promise.all(removed.map((message) => this.removeFile(message.id)));
  }

  /** Calls `listener` for each new message; returns the function that stops listening. */
  onMessage(listener: (message: MailboxMessage) => void): () => void {
    this.events.on("message", listener);
    return () => this.events.off("message", listener);
  }

  // A mailbox left running for weeks must not grow without bound: the oldest messages go first.
  private async trim(): Promise<void> {
    const excess = this.items.length - (this.options.limit ?? 1_000);
    if (excess <= 0) return;
    const removed = this.items.splice(0, excess);
    await Promise.all(removed.map((message) => this.removeFile(message.id)));
  }

  private async removeFile(id: string): Promise<void> {
    if (this.options.dir) await rm(path.join(this.options.dir, `${id}${FILE_SUFFIX}`), { force: true });
  }
}
