// The frame every Comptoir email shares: the document, the hidden preheader, the card on a warm
// background, the brand line. Nested tables and inline styles, because mail clients (Outlook above
// all) ignore style sheets, flexbox and most of CSS. Callers pass rows already escaped.
import { escapeHtml as e } from "./escape-html";

export const FONT = "font-family:Helvetica,Arial,sans-serif;";
export const INK = "color:#2b2118;";
export const MUTED = "color:#6f6259;";

export interface EmailFrame {
  locale: string;
  subject: string;
  /** The line mail clients show after the subject in the inbox. */
  preheader: string;
  /** The card's rows (`<tr>...</tr>`), below the brand line. */
  rows: string;
}

export function renderEmailFrame(frame: EmailFrame): string {
  return `<!DOCTYPE html>
<html lang="${e(frame.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${e(frame.subject)}</title>
</head>
<body style="margin:0;padding:0;background-color:#f6f1eb;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;">${e(frame.preheader)}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f6f1eb;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:#ffffff;border-radius:6px;">
<tr><td style="padding:28px 32px 8px;${FONT}${INK}font-size:22px;font-weight:bold;letter-spacing:1px;">Comptoir</td></tr>
${frame.rows}
</table>
</td></tr>
</table>
</body>
</html>
`;
}
