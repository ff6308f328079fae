// The HTML version, in the frame every email shares (email-frame.ts). Every text goes through
// escapeHtml.
import { FONT, INK, MUTED, renderEmailFrame } from "./email-frame";
import { escapeHtml as e } from "./escape-html";
import type { OrderConfirmationModel, SummaryRow } from "./order-confirmation-model";

const CELL = `${FONT}${INK}font-size:14px;line-height:20px;padding:8px 0;border-bottom:1px solid #eadfd3;`;

function lineRows(model: OrderConfirmationModel): string {
  return model.lines
    .map(
      (line) => `<tr>
<td style="${CELL}">${e(line.name)}${
        line.variant ? `<br><span style="${MUTED}font-size:13px;">${e(line.variant)}</span>` : ""
      }</td>
<td align="center" style="${CELL}white-space:nowrap;">${e(line.quantity)}</td>
<td align="right" style="${CELL}white-space:nowrap;">${e(line.unitPrice)}</td>
<td align="right" style="${CELL}white-space:nowrap;">${e(line.total)}</td>
</tr>`,
    )
    .join("\n");
}

function summaryRow(row: SummaryRow): string {
  const size = row.total
    ? "font-size:16px;font-weight:bold;"
    : row.note
      ? "font-size:13px;"
      : "font-size:14px;";
  const color = row.note ? MUTED : INK;
  return `<tr>
<td colspan="3" align="right" style="${FONT}${color}${size}padding:4px 12px 4px 0;">${e(row.label)}</td>
<td align="right" style="${FONT}${color}${size}padding:4px 0;white-space:nowrap;">${e(row.value)}</td>
</tr>`;
}

function header(label: string, align: "left" | "center" | "right"): string {
  return `<th align="${align}" style="${FONT}${MUTED}font-size:12px;font-weight:normal;text-transform:uppercase;padding:0 0 6px;border-bottom:2px solid #2b2118;">${e(label)}</th>`;
}

export function renderOrderConfirmationHtml(model: OrderConfirmationModel): string {
  const facts = model.facts
    .map(
      (fact) =>
        `<tr><td style="${FONT}${MUTED}font-size:14px;padding:2px 16px 2px 0;">${e(fact.label)}</td><td style="${FONT}${INK}font-size:14px;font-weight:bold;padding:2px 0;">${e(fact.value)}</td></tr>`,
    )
    .join("\n");

  return renderEmailFrame({
    locale: model.locale,
    subject: model.subject,
    preheader: model.preheader,
    rows: `<tr><td style="padding:8px 32px 0;">
<h1 style="margin:0 0 16px;${FONT}${INK}font-size:24px;line-height:30px;">${e(model.heading)}</h1>
<p style="margin:0 0 8px;${FONT}${INK}font-size:15px;line-height:22px;">${e(model.greeting)}</p>
<p style="margin:0 0 20px;${FONT}${INK}font-size:15px;line-height:22px;">${e(model.intro)}</p>
<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 24px;">
${facts}
</table>
</td></tr>
<tr><td style="padding:0 32px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0">
<thead><tr>${header(model.columns.item, "left")}${header(model.columns.quantity, "center")}${header(model.columns.unitPrice, "right")}${header(model.columns.total, "right")}</tr></thead>
<tbody>
${lineRows(model)}
${model.summary.map(summaryRow).join("\n")}
</tbody>
</table>
</td></tr>
<tr><td style="padding:24px 32px 0;">
<h2 style="margin:0 0 8px;${FONT}${INK}font-size:16px;">${e(model.addressTitle)}</h2>
<p style="margin:0;${FONT}${INK}font-size:14px;line-height:20px;">${model.addressLines.map(e).join("<br>")}</p>
</td></tr>
<tr><td align="left" style="padding:28px 32px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="background-color:#2b2118;border-radius:4px;">
<a href="${e(model.orderUrl)}" style="display:inline-block;padding:12px 22px;${FONT}color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;">${e(model.viewOrder)}</a>
</td></tr></table>
</td></tr>
<tr><td style="padding:0 32px 28px;${FONT}${MUTED}font-size:13px;line-height:20px;">
${e(model.questions)}<br>${e(model.signature)}
</td></tr>
`,
  });
}
