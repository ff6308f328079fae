// The dev mailbox over real sockets: SMTP in, HTTP pages and JSON out, messages kept on disk.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { createTransport } from "nodemailer";
import { afterEach, describe, expect, it } from "vitest";
import { readEmailEnv } from "../env";
import type { MailboxMessage } from "./message-store";
import { startDevMailbox, type DevMailbox, type DevMailboxOptions } from "./start-dev-mailbox";

const testEnv = readEmailEnv({ NODE_ENV: "test" });
const running: DevMailbox[] = [];
const folders: string[] = [];

async function start(options: DevMailboxOptions = {}) {
  const mailbox = await startDevMailbox(options, testEnv);
  running.push(mailbox);
  return mailbox;
}

async function send(smtpUrl: string, message: { to: string; bcc?: string; subject: string; html?: string }) {
  const transport = createTransport({ url: smtpUrl, ignoreTLS: true });
  try {
    await transport.sendMail({ from: "Comptoir <boutique@comptoir.localhost>", text: "Bonjour", ...message });
  } finally {
    transport.close();
  }
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((mailbox) => mailbox.stop()));
  await Promise.all(folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })));
});

describe("dev mailbox", () => {
  it("keeps what it receives and serves it as JSON, newest first, filtered by recipient", async () => {
    const mailbox = await start();
    await send(mailbox.smtpUrl, { to: "a@example.com", subject: "First" });
    await send(mailbox.smtpUrl, { to: "B@Example.com", bcc: "hidden@example.com", subject: "Second" });

    const all = (await (await fetch(`${mailbox.url}/api/messages`)).json()) as MailboxMessage[];
    expect(all.map((message) => message.subject)).toEqual(["Second", "First"]);
    expect(all[0]).toMatchObject({
      from: "Comptoir <boutique@comptoir.localhost>",
      to: ["b@example.com"],
      recipients: ["b@example.com", "hidden@example.com"],
      text: expect.stringMatching(/^Bonjour\s*$/),
      html: null,
    });
    expect(Date.parse(all[0]!.date)).not.toBeNaN();

    const forB = (await (
      await fetch(`${mailbox.url}/api/messages?to=b%40EXAMPLE.com`)
    ).json()) as MailboxMessage[];
    expect(forB.map((message) => message.subject)).toEqual(["Second"]);
    const forBcc = (await (
      await fetch(`${mailbox.url}/api/messages?to=hidden@example.com`)
    ).json()) as MailboxMessage[];
    expect(forBcc.map((message) => message.subject)).toEqual(["Second"]);

    const one = await fetch(`${mailbox.url}/api/messages/${all[1]!.id}`);
    expect(await one.json()).toMatchObject({ subject: "First", to: ["a@example.com"] });
    expect((await fetch(`${mailbox.url}/api/messages/unknown`)).status).toBe(404);
  });

  it("shows the list and each message, the message's HTML in a sandboxed frame", async () => {
    const mailbox = await start();
    await send(mailbox.smtpUrl, {
      to: "a@example.com",
      subject: "<b>Bold</b> subject",
      html: `<p onclick="alert(1)">Hi "there"</p><script>alert(2)</script>`,
    });
    const [message] = mailbox.messages();

    const list = await fetch(`${mailbox.url}/`);
    expect(list.headers.get("content-security-policy")).toContain("default-src 'none'");
    const listHtml = await list.text();
    expect(listHtml).toContain(`href="/messages/${message!.id}"`);
    expect(listHtml).toContain("&lt;b&gt;Bold&lt;/b&gt; subject");

    const page = await (await fetch(`${mailbox.url}/messages/${message!.id}`)).text();
    expect(page).toContain(
      '<iframe sandbox title="HTML body" srcdoc="&lt;p onclick=&quot;alert(1)&quot;&gt;Hi &quot;there&quot;&lt;/p&gt;&lt;script&gt;alert(2)&lt;/script&gt;">',
    );
    expect(page).toMatch(/<pre>Bonjour\s*<\/pre>/);
    expect(page).not.toContain("<script>");

    const missing = await fetch(`${mailbox.url}/messages/nope`);
    expect(missing.status).toBe(404);
  });

  it("deletes every message through the API and through the page's button", async () => {
    const mailbox = await start();
    await send(mailbox.smtpUrl, { to: "a@example.com", subject: "One" });
    const deleted = await fetch(`${mailbox.url}/api/messages`, { method: "DELETE" });
    expect(deleted.status).toBe(204);
    expect(mailbox.messages()).toEqual([]);

    await send(mailbox.smtpUrl, { to: "a@example.com", subject: "Two" });
    const cleared = await fetch(`${mailbox.url}/clear`, { method: "POST", redirect: "manual" });
    expect(cleared.status).toBe(303);
    expect(cleared.headers.get("location")).toBe("/");
    expect(mailbox.messages()).toEqual([]);
  });

  it("waits for a message that has not arrived yet, and gives up after its timeout", async () => {
    const mailbox = await start();
    const waiting = mailbox.waitFor((message) => message.to.includes("late@example.com"), 5_000);
    await send(mailbox.smtpUrl, { to: "other@example.com", subject: "Not this one" });
    await send(mailbox.smtpUrl, { to: "late@example.com", subject: "This one" });
    expect((await waiting).subject).toBe("This one");
    // Already there: resolves at once.
    expect((await mailbox.waitFor((message) => message.subject === "Not this one", 10)).to).toEqual([
      "other@example.com",
    ]);
    await expect(mailbox.waitFor(() => false, 100)).rejects.toThrow(/within 100 ms/);
  });

  it("accepts any credentials, as a real server's URL would carry them", async () => {
    const mailbox = await start();
    await send(mailbox.smtpUrl.replace("smtp://", "smtp://user:pass@"), {
      to: "a@example.com",
      subject: "Auth",
    });
    expect(mailbox.messages()[0]?.subject).toBe("Auth");
  });

  it("keeps messages in its folder across restarts, and drops the oldest past its limit", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "comptoir-mailbox-"));
    folders.push(dir);
    const first = await start({ dir, limit: 2 });
    for (const subject of ["One", "Two", "Three"])
      await send(first.smtpUrl, { to: "a@example.com", subject });
    expect(first.messages().map((message) => message.subject)).toEqual(["Three", "Two"]);
    await first.stop();

    const second = await start({ dir, limit: 2 });
    expect(second.messages().map((message) => message.subject)).toEqual(["Three", "Two"]);
    expect(await readdir(dir)).toHaveLength(2);
    await second.clear();
    expect(await readdir(dir)).toEqual([]);
  });

  it("refuses to start in production", async () => {
    await expect(startDevMailbox({}, readEmailEnv({ NODE_ENV: "production" }))).rejects.toThrow(
      /does not run in production/,
    );
  });

  it("reports a port already in use", async () => {
    const mailbox = await start();
    const port = Number(new URL(mailbox.smtpUrl).port);
    await expect(start({ smtpPort: port })).rejects.toThrow(/EADDRINUSE/);
  });
});
