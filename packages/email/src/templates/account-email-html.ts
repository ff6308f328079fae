// The HTML version, in the frame every email shares (email-frame.ts). Every text and every link
// goes through escapeHtml.
import type { AccountEmailAction, AccountEmailModel } from "./account-email-model";
import { FONT, INK, MUTED, renderEmailFrame } from "./email-frame";
import { escapeHtml as e } from "./escape-html";

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

  return renderEmailFrame({
    locale: model.locale,
    subject: model.subject,
    preheader: model.preheader,
    rows: `<tr><td style="padding:8px 32px 0;">
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
`,
  });
}
