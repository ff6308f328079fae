import { formatMinor } from "../money";
import type { CheckoutSession, LineItem } from "../objects";
import { type PageLanguage, message } from "./messages";

/** Product names and URLs come from the API caller: everything interpolated is escaped. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;")
    .replaceAll("'", "&#39;");
}

const STYLE = `
  body { font: 16px/1.5 system-ui, sans-serif; margin: 0; background: #f6f8fa; color: #1a1f36; }
  main { max-width: 34rem; margin: 2rem auto; padding: 1.5rem; background: #fff; border-radius: 8px; }
  .test-mode { background: #fff4d6; color: #5c3c00; padding: .5rem .75rem; border-radius: 4px; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  th, td { text-align: left; padding: .4rem 0; border-bottom: 1px solid #e3e8ee; }
  td.number, th.number { text-align: right; }
  tfoot th, tfoot td { font-weight: 700; border-bottom: 0; }
  [role="alert"] { background: #fde8e8; color: #8a1c1c; padding: .5rem .75rem; border-radius: 4px; }
  label { display: block; font-weight: 600; margin-top: 1rem; }
  input { width: 100%; box-sizing: border-box; font: inherit; padding: .5rem; margin-top: .25rem; }
  button { display: block; width: 100%; font: inherit; padding: .75rem; margin-top: .75rem; border-radius: 6px; border: 0; cursor: pointer; }
  button[value="success"] { background: #635bff; color: #fff; }
  button[value="declined"] { background: #e3e8ee; color: #1a1f36; }
  a { color: #635bff; }
  :focus-visible { outline: 3px solid #1a1f36; outline-offset: 2px; }
`;

function layout(language: PageLanguage, title: string, body: string): string {
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="test-mode">${escapeHtml(message(language, "testMode"))}</p>
${body}
</main>
</body>
</html>
`;
}

export interface CheckoutPageInput {
  session: CheckoutSession;
  lineItems: LineItem[];
  language: PageLanguage;
  /** A problem to announce above the form (declined card, missing email). */
  alert?: string;
  email?: string;
}

export function renderCheckoutPage({
  session,
  lineItems,
  language,
  alert,
  email,
}: CheckoutPageInput): string {
  const money = (amount: number) => escapeHtml(formatMinor(amount, session.currency, language));
  const t = (key: Parameters<typeof message>[1], values?: Record<string, string>) =>
    escapeHtml(message(language, key, values));
  const total = formatMinor(session.amount_total, session.currency, language);
  const rows = lineItems
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.description)}</td><td class="number">${item.quantity}</td><td class="number">${money(item.amount_total)}</td></tr>`,
    )
    .join("\n");
  const emailField = session.customer_email
    ? `<p>${t("email")}: ${escapeHtml(session.customer_email)}</p>`
    : `<label for="email">${t("email")}</label>
<input id="email" name="email" type="email" autocomplete="email" required value="${escapeHtml(email ?? "")}">`;
  const cancel = session.cancel_url
    ? `<p><a href="${escapeHtml(session.cancel_url)}">${t("cancel")}</a></p>`
    : "";

  return layout(
    language,
    message(language, "pageTitle"),
    `<h1>${t("heading", { amount: total })}</h1>
${alert ? `<p role="alert">${escapeHtml(alert)}</p>` : ""}
<table>
<caption>${t("summary")}</caption>
<thead><tr><th scope="col">${t("item")}</th><th scope="col" class="number">${t("quantity")}</th><th scope="col" class="number">${t("amount")}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="2">${t("total")}</th><td class="number">${money(session.amount_total)}</td></tr></tfoot>
</table>
<form method="post" action="/checkout/${escapeHtml(session.id)}">
${emailField}
<button type="submit" name="card" value="success">${t("payWithSuccessCard", { amount: total })}</button>
<button type="submit" name="card" value="declined">${t("payWithDeclinedCard")}</button>
</form>
${cancel}`,
  );
}

/** A session that can no longer be paid, or no session at all. */
export function renderStatusPage(
  language: PageLanguage,
  kind: "complete" | "expired" | "notFound",
  link: string | null,
): string {
  const title = message(language, `${kind}Title`);
  const linkLabel = message(language, kind === "complete" ? "continue" : "backToShop");
  return layout(
    language,
    title,
    `<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message(language, `${kind}Body`))}</p>
${link ? `<p><a href="${escapeHtml(link)}">${escapeHtml(linkLabel)}</a></p>` : ""}`,
  );
}
