// What the cart's forms post, read the same way whatever page they are on (cart page, product page).
// Prices never travel in a form: the server computes them.
import { cartAddItemInput, cartApplyDiscountInput, cartMsg, cartUpdateItemInput } from "@comptoir/validators";
import { z } from "zod";
import { CART_INTENTS, type CartActionData, type CartFormValues } from "./cart-action-data";

export type CartCommand =
  | { intent: "add"; variantId: string; quantity: number }
  | { intent: "update"; variantId: string; quantity: number }
  | { intent: "remove"; variantId: string }
  | { intent: "applyDiscount"; code: string }
  | { intent: "removeDiscount" };

// The API's own field schemas: a form is refused here for the same reasons, with the same messages.
const variantId = cartAddItemInput.shape.variantId;
const code = cartApplyDiscountInput.shape.code;

/** Form fields are text: a whole number of units, then the API's quantity rules. */
function quantity(rule: typeof cartAddItemInput.shape.quantity) {
  return z
    .string()
    .trim()
    .regex(/^\d{1,6}$/, cartMsg.quantity)
    .transform(Number)
    .pipe(rule);
}

const commandSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("add"),
    variantId,
    quantity: quantity(cartAddItemInput.shape.quantity).default(1),
  }),
  z.object({
    intent: z.literal("update"),
    variantId,
    quantity: quantity(cartUpdateItemInput.shape.quantity),
  }),
  z.object({ intent: z.literal("remove"), variantId }),
  z.object({ intent: z.literal("applyDiscount"), code }),
  z.object({ intent: z.literal("removeDiscount") }),
]);

export type ParsedCartForm =
  { ok: true; command: CartCommand; values: CartFormValues } | Extract<CartActionData, { ok: false }>;

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/** Reads a cart form; a bad field gives the translation key to show next to it. */
export function parseCartForm(form: FormData): ParsedCartForm {
  const intentText = text(form, "intent");
  const intent = CART_INTENTS.find((candidate) => candidate === intentText) ?? null;
  const rawVariantId = text(form, "variantId")?.trim().slice(0, 64) || null;
  const values: CartFormValues = {};
  const quantityText = text(form, "quantity");
  const codeText = text(form, "code");
  if (quantityText !== undefined) values.quantity = quantityText.slice(0, 6);
  if (codeText !== undefined) values.code = codeText.slice(0, 64);

  const fields = Object.fromEntries(
    ["intent", "variantId", "quantity", "code"].flatMap((name) => {
      const value = text(form, name);
      // An empty quantity on "add" means one unit, as when the field is absent.
      return value === undefined || (name === "quantity" && value.trim() === "" && intent === "add")
        ? []
        : [[name, value]];
    }),
  );
  const parsed = commandSchema.safeParse(fields);
  if (parsed.success) return { ok: true, command: parsed.data, values };
  const issue = parsed.error.issues[0];
  // An unknown intent is a form we did not render: answer as for a request we cannot serve.
  const error = intent === null ? "BAD_REQUEST" : (issue?.message ?? "BAD_REQUEST");
  return { ok: false, intent, variantId: rawVariantId, error, values };
}
