// A form of an account page in the browser: checked with the procedure's own schema as the customer
// types (after leaving a field, then at each keystroke once it was wrong) and before it is sent,
// and showing the server's answer when the action refused it. Without JavaScript the same form
// posts as it is and the server checks it alone.
import { useForm } from "@conform-to/react";
import { useActionData } from "@remix-run/react";
import type { $ZodType, input, output } from "zod/v4/core";
import { replyFor, type AccountFormReply } from "./account-form";
import { parseAccountForm } from "./account-form-parse";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any object schema
type ObjectSchema = $ZodType<Record<string, any>, Record<string, any>>;

export function useAccountForm<Schema extends ObjectSchema>(
  intent: string,
  schema: Schema,
  /** The fields' values before anything is typed, as the form posts them (strings). */
  defaultValue?: Partial<Record<keyof input<Schema> & string, string>>,
) {
  const actionData = useActionData<AccountFormReply>();
  return useForm<input<Schema>, output<Schema>>({
    // The form's id is its intent: field ids stay unique on a page of several forms.
    id: intent,
    lastResult: replyFor(actionData, intent),
    defaultValue: defaultValue as never,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseAccountForm(formData, schema),
  });
}

/** The extra data of the action's answer to the form `intent` (e.g. where an email was sent). */
export function useReplyExtra<Extra>(intent: string): Extra | undefined {
  const actionData = useActionData<AccountFormReply<Extra>>();
  return actionData?.intent === intent ? actionData.extra : undefined;
}
