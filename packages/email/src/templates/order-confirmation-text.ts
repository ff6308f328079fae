// The plain-text version, for clients that show no HTML and for screen readers that prefer it:
// one fact per line, values lined up in a column after their labels.
import type { OrderConfirmationModel } from "./order-confirmation-model";

function aligned(rows: { label: string; value: string }[]): string[] {
  const width = Math.max(...rows.map((row) => row.label.length));
  // No colon: French and English do not punctuate it alike, and the column makes it unneeded.
  return rows.map((row) => `${row.label.padEnd(width)}   ${row.value}`);
}

export function renderOrderConfirmationText(model: OrderConfirmationModel): string {
  const lines = model.lines.flatMap((line) => [
    `- ${line.name}${line.variant ? ` (${line.variant})` : ""}`,
    `  ${line.text}`,
  ]);
  return [
    model.heading,
    "=".repeat(model.heading.length),
    "",
    model.greeting,
    "",
    model.intro,
    "",
    ...aligned(model.facts),
    "",
    ...lines,
    "",
    ...aligned(model.summary),
    "",
    model.addressTitle,
    ...model.addressLines,
    "",
    model.viewOrderText,
    "",
    model.questions,
    model.signature,
    "",
  ].join("\n");
}
