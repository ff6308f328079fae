// The dev mailbox's two web pages: the list of messages and one message. A developer tool, so
// they are in English and styled just enough to be read.
import { escapeHtml as e } from "../templates/escape-html";
import type { MailboxMessage } from "./message-store";

const STYLE = `
body { font: 14px/1.5 system-ui, sans-serif; margin: 0; color: #222; background: #fafafa; }
header { display: flex; align-items: center; gap: 16px; padding: 12px 24px; background: #2b2118; color: #fff; }
header a { color: #fff; }
h1 { font-size: 18px; margin: 0; flex: 1; }
main { padding: 16px 24px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; padding: 8px; border-bottom: 1px solid #e5e5e5; vertical-align: top; }
th { font-weight: 600; color: #555; }
iframe { width: 100%; height: 70vh; border: 1px solid #ddd; background: #fff; }
pre { white-space: pre-wrap; background: #fff; border: 1px solid #ddd; padding: 12px; }
button { cursor: pointer; }
.empty { color: #777; }
`;

function layout(title: string, body: string, options: { refresh?: boolean } = {}): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${options.refresh ? '<meta http-equiv="refresh" content="5">' : ""}
<title>${e(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1><a href="/">Dev mailbox</a></h1>
<form method="post" action="/clear"><button type="submit">Delete all messages</button></form>
</header>
<main>${body}</main>
</body>
</html>
`;
}

function formatDate(iso: string): string {
  return iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");
}

export function listPage(messages: MailboxMessage[], filter?: string): string {
  const rows = messages
    .map(
      (message) => `<tr>
<td>${e(formatDate(message.receivedAt))}</td>
<td>${e(message.from)}</td>
<td>${e(message.to.join(", ") || message.recipients.join(", "))}</td>
<td><a href="/messages/${encodeURIComponent(message.id)}">${e(message.subject || "(no subject)")}</a></td>
</tr>`,
    )
    .join("\n");
  const heading = filter ? `Messages to ${filter}` : "Messages";
  const body = messages.length
    ? `<table><thead><tr><th>Received</th><th>From</th><th>To</th><th>Subject</th></tr></thead><tbody>${rows}</tbody></table>`
    : `<p class="empty">No message yet. Mail sent in development lands here; this page refreshes itself.</p>`;
  return layout(heading, `<h2>${e(heading)} (${messages.length})</h2>${body}`, { refresh: true });
}

export function messagePage(message: MailboxMessage): string {
  // The message's HTML runs in a sandboxed frame: no script, no access to this page.
  const html = message.html
    ? `<h3>HTML</h3><iframe sandbox title="HTML body" srcdoc="${e(message.html)}"></iframe>`
    : "";
  const body = `<h2>${e(message.subject || "(no subject)")}</h2>
<table>
<tr><th>From</th><td>${e(message.from)}</td></tr>
<tr><th>To</th><td>${e(message.to.join(", "))}</td></tr>
<tr><th>Recipients</th><td>${e(message.recipients.join(", "))}</td></tr>
<tr><th>Date</th><td>${e(formatDate(message.date))}</td></tr>
<tr><th>JSON</th><td><a href="/api/messages/${encodeURIComponent(message.id)}">/api/messages/${e(message.id)}</a></td></tr>
</table>
${html}
<h3>Text</h3>
<pre>${e(message.text)}</pre>`;
  return layout(message.subject || "Message", body);
}

export function notFoundPage(): string {
  return layout("Not found", `<p class="empty">No such message. It may have been deleted.</p>`);
}
