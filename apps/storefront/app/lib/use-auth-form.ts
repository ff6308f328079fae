// A log-in, sign-up or reset form in the browser: checked with its shared schema as the shopper
// types (after leaving a field, then at each keystroke once it was wrong) and before it is sent,
// and showing the server's answer when the action refused it. Without JavaScript the same form
// posts as it is and the server checks it alone.
import { useForm, type SubmissionResult } from "@conform-to/react";
import { getZodConstraint, parseWithZod } from "@conform-to/zod/v4";
import type { z } from "zod";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any object schema
export function useAuthForm<Schema extends z.ZodObject<any>>(
  id: string,
  schema: Schema,
  lastResult: SubmissionResult<string[]> | null | undefined,
) {
  return useForm<z.input<Schema>, z.output<Schema>>({
    id,
    lastResult,
    constraint: getZodConstraint(schema),
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema }),
  });
}
