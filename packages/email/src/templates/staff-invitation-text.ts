// The plain-text version: the link on a line of its own, so it stays whole when copied.
import type { StaffInvitationModel } from "./staff-invitation-model";

export function renderStaffInvitationText(model: StaffInvitationModel): string {
  return [
    model.heading,
    "=".repeat(model.heading.length),
    "",
    model.greeting,
    "",
    ...model.paragraphs.flatMap((text) => [text, ""]),
    model.acceptText,
    "",
    ...model.notes,
    "",
    model.signature,
    "",
  ].join("\n");
}
