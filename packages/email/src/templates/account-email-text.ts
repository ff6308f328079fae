// The plain-text version: every button becomes its label and, on the next line, its full address
// (most clients make it clickable; a line of its own keeps it whole when copied).
import type { AccountEmailModel } from "./account-email-model";

export function renderAccountEmailText(model: AccountEmailModel): string {
  const actions = model.actions.flatMap((action) => [action.textLabel, action.url, ""]);
  const notes = model.notes.flatMap((note) => [note, ""]);
  return [
    model.heading,
    "=".repeat(model.heading.length),
    "",
    model.greeting,
    "",
    ...model.paragraphs.flatMap((paragraph) => [paragraph, ""]),
    ...actions,
    ...notes,
    model.questions,
    model.signature,
    "",
  ].join("\n");
}
