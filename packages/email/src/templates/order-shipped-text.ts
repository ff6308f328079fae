// The plain-text version: the tracking link and the order link each on a line of their own, so they
// stay whole when copied.
import type { OrderShippedModel } from "./order-shipped-model";

export function renderOrderShippedText(model: OrderShippedModel): string {
  const width = Math.max(...model.facts.map((fact) => fact.label.length));
  return [
    model.heading,
    "=".repeat(model.heading.length),
    "",
    model.greeting,
    "",
    model.intro,
    "",
    ...model.facts.map((fact) => `${fact.label.padEnd(width)}   ${fact.value}`),
    "",
    model.tracking ? model.tracking.text : model.noLink,
    "",
    model.itemsTitle,
    ...model.lines.map(
      (line) => `- ${line.name}${line.variant ? ` (${line.variant})` : ""} ${line.quantity}`,
    ),
    "",
    model.viewOrderText,
    "",
    model.questions,
    model.signature,
    "",
  ].join("\n");
}
