// The HTML version, in the frame every email shares (email-frame.ts). Every text and every link
// goes through escapeHtml.
import { FONT, INK, MUTED, renderEmailFrame } from "./email-frame";
import { escapeHtml as e } from "./escape-html";
import type { StaffInvitationModel } from "./staff-invitation-model";

const PARAGRAPH = `margin:0 0 14px;${FONT}${INK}font-size:15px;line-height:22px;`;
const NOTE = `margin:0 0 10px;${FONT}${MUTED}font-size:13px;line-height:19px;`;

export function renderStaffInvitationHtml(model: StaffInvitationModel): string {
  const paragraphs = model.paragraphs.map((text) => `<p style="${PARAGRAPH}">${e(text)}</p>`).join("\n");
  const notes = model.notes.map((text) => `<p style="${NOTE}">${e(text)}</p>`).join("\n");
  return renderEmailFrame({
    locale: model.locale,
    subject: model.subject,
    preheader: model.preheader,
    rows: `<tr><td style="padding:8px 32px 0;">
<h1 style="margin:0 0 16px;${FONT}${INK}font-size:24px;line-height:30px;">${e(model.heading)}</h1>
<p style="${PARAGRAPH}">${e(model.greeting)}</p>
${paragraphs}
</td></tr>
<tr><td align="left" style="padding:10px 32px 8px;">
<table role="presentation" cellpadding="0" cellspacing="0" border="0"><tr>
<td style="background-color:#2b2118;border-radius:4px;">
<a href="${e(model.acceptUrl)}" style="display:inline-block;padding:12px 22px;${FONT}color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;">${e(model.accept)}</a>
</td>
</tr></table>
</td></tr>
<tr><td style="padding:12px 32px 0;${FONT}${MUTED}font-size:13px;line-height:19px;">
${e(model.linkFallback)}<br><a href="${e(model.acceptUrl)}" style="${INK}word-break:break-all;text-decoration:underline;">${e(model.acceptUrl)}</a>
</td></tr>
<tr><td style="padding:20px 32px 0;">
${notes}
</td></tr>
<tr><td style="padding:10px 32px 28px;${FONT}${MUTED}font-size:13px;line-height:20px;">
${e(model.signature)}
</td></tr>
`,
  });
}
