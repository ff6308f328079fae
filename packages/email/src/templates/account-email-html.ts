// The HTML version, in the order confirmation's frame and colours: nested tables and inline styles,
// because mail clients (Outlook above all) ignore style sheets and most of CSS. Every text and every
// link goes through escapeHtml.
import type { AccountEmailAction, AccountEmailModel } from "./account-email-model";
import { escapeHtml as e } from "./escape-html";

const FONT = "font-family:Helvetica,Arial,sans-serif;";
const INK = "color:#2b2118;";
const MUTED = "color:#6f6259;";
const PARAGRAPH = `margin:0 0 14px;${FONT}${INK}font-size:15px;line-height:22px;`;

function button(action: AccountEmailAction, primary: boolean): string {
  // The main action is filled; a second one is outlined, so the eye knows where to go first.
  const cell = primary
    ? "background-color:#2b2118;border-radius:4px;"
    : "background-color:#ffffff;border:2px solid #2b2118;border-radius:4px;";
  const color = primary ? "color:#ffffff;" : INK;
  return `<td style="${cell}">
<a href="${e(action.url)}" style="display:inline-block;padding:12px 22px;${FONT}${color}font-size:15px;font-weight:bold;text-decoration:none;">${e(action.label)}</a>
</td>`;
}

function actions(model: AccountEmailModel): string {
  if (model.actions.length === 0) return "";
  const buttons = model.actions
    .map((action, index) => button(action, index === 0))
    .join('\n<td style="width:12px;font-size:0;line-height:0;">&nbsp;</td>\n');
  const links = model.actions
    .map(
      (action) =>
        `<a href="${e(action.url)}" style="${INK}word-break:break-all;text-decoration:underline;">${e(action.url)}</a>`,
    )
    .join("<br>");
  return `<tr><td align="left" style="padding:10px 32px 8px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
${buttons}
</tr></table>
</td></tr>
<tr><td style="padding:12px 32px 0;${FONT}${MUTED}font-size:13px;line-height:19px;">
${e(model.linkFallback)}<br>${links}
</td></tr>`;
}

export function renderAccountEmailHtml(model: AccountEmailModel): string {
  const paragraphs = model.paragraphs.map((text) => `<p style="${PARAGRAPH}">${e(text)}</p>`).join("\n");
  const notes = model.notes
    .map(
      (text) => `<p style="margin:0 0 10px;${FONT}${MUTED}font-size:13px;line-height:19px;">${e(text)}</p>`,
    )
    .join("\n");

  return `<!DOCTYPE html>
<html lang="${e(model.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${e(model.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f6f1eb;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${e(model.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f6f1eb;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:6px;">
<tr><td style="padding:28px 32px 8px;${FONT}${INK}font-size:22px;font-weight:bold;letter-spacing:1px;">Comptoir</td></tr>
<tr><td style="padding:8px 32px 0;">
<h1 style="margin:0 0 16px;${FONT}${INK}font-size:24px;line-height:30px;">${e(model.heading)}</h1>
<p style="${PARAGRAPH}">${e(model.greeting)}</p>
${paragraphs}
</td></tr>
${actions(model)}
<tr><td style="padding:20px 32px 0;">
${notes}
</td></tr>
<tr><td style="padding:8px 32px 28px;${FONT}${MUTED}font-size:13px;line-height:20px;">
${e(model.questions)}<br>${e(model.signature)}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
}
