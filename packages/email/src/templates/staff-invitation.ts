import type { Locale } from "@comptoir/i18n";
import type { RenderedEmail } from "./order-confirmation";
import type { StaffInvitationData } from "./staff-invitation-data";
import { renderStaffInvitationHtml } from "./staff-invitation-html";
import { buildStaffInvitationModel } from "./staff-invitation-model";
import { renderStaffInvitationText } from "./staff-invitation-text";

/** The invitation to join the shop's team, in the language the inviter chose. */
export function renderStaffInvitation(data: StaffInvitationData, locale: Locale): RenderedEmail {
  const model = buildStaffInvitationModel(data, locale);
  return {
    subject: model.subject,
    html: renderStaffInvitationHtml(model),
    text: renderStaffInvitationText(model),
  };
}
