// The HTML version, in the frame every email shares (email-frame.ts). Every text and every link
// goes through escapeHtml.
import { FONT, INK, MUTED, renderEmailFrame } from "./email-frame";
import { escapeHtml as e } from "./escape-html";
import type { OrderShippedModel } from "./order-shipped-model";

const PARAGRAPH = `margin:0 0 14px;${FONT}${INK}font-size:15px;line-height:22px;`;
const CELL = `${FONT}${INK}font-size:14px;line-height:20px;padding:8px 0;border-bottom:1px solid #eadfd3;`;

function button(url: string, label: string, primary: boolean): string {
  const cell = primary
    ? "background-color:#2b2118;border-radius:4px;"
    : "background-color:#ffffff;border:2px solid #2b2118;border-radius:4px;";
  const color = primary ? "color:#ffffff;" : INK;
  return `<td style="${cell}">
<a href="${e(url)}" style="display:inline-block;padding:12px 22px;${FONT}${color}font-size:15px;font-weight:bold;text-decoration:none;">${e(label)}</a>
</td>`;
}

export function renderOrderShippedHtml(model: OrderShippedModel): string {
  const facts = model.facts
    .map(
      (fact) =>
        `<tr><td style="${FONT}${MUTED}font-size:14px;padding:2px 16px 2px 0;">${e(fact.label)}</td><td style="${FONT}${INK}font-size:14px;font-weight:bold;padding:2px 0;">${e(fact.value)}</td></tr>`,
    )
    .join("\n");
  const buttons = [
    model.tracking ? button(model.tracking.url, model.tracking.label, true) : null,
    button(model.orderUrl, model.viewOrder, !model.tracking),
  ]
    .filter(Boolean)
    .join('\n<td style="width:12px;font-size:0;line-height:0;">&nbsp;</td>\n');
  const lines = model.lines
    .map(
      (line) => `<tr>
<td style="${CELL}">${e(line.name)}${
        line.variant ? `<br><span style="${MUTED}font-size:13px;">${e(line.variant)}</span>` : ""
      }</td>
<td align="right" style="${CELL}white-space:nowrap;">${e(line.quantity)}</td>
</tr>`,
    )
    .join("\n");

  return renderEmailFrame({
    locale: model.locale,
    subject: model.subject,
    preheader: model.preheader,
    rows: `<tr><td style="padding:8px 32px 0;">
<h1 style="margin:0 0 16px;${FONT}${INK}font-size:24px;line-height:30px;">${e(model.heading)}</h1>
<p style="${PARAGRAPH}">${e(model.greeting)}</p>
<p style="${PARAGRAPH}">${e(model.intro)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;">
${facts}
</table>
${model.tracking ? "" : `<p style="margin:0 0 14px;${FONT}${MUTED}font-size:13px;line-height:19px;">${e(model.noLink)}</p>`}
</td></tr>
<tr><td align="left" style="padding:4px 32px 8px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
${buttons}
</tr></table>
</td></tr>
<tr><td style="padding:20px 32px 0;">
<h2 style="margin:0 0 8px;${FONT}${INK}font-size:16px;">${e(model.itemsTitle)}</h2>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
${lines}
</table>
</td></tr>
<tr><td style="padding:20px 32px 28px;${FONT}${MUTED}font-size:13px;line-height:20px;">
${e(model.questions)}<br>${e(model.signature)}
</td></tr>
`,
  });
}
