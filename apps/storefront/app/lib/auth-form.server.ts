// One path for every auth form: read it with the same zod schema as the browser did, call the
// procedure, and turn a refusal into conform's reply (field errors beside their field, a coded
// error above the form). Passwords are never echoed back into the page.
import type { SubmissionResult } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import { domainCodeOf, fieldErrorsFromError } from "@comptoir/api";
import type { z } from "zod";
import { authStatusOf } from "./auth-page.server";

/** Fields whose value never goes back to the browser. */
const SECRET_FIELDS = ["password", "currentPassword", "newPassword"];

export type AuthFormOutcome<Value, Result> =
  | { ok: true; value: Value; result: Result }
  | {
      ok: false;
      status: number;
      reply: SubmissionResult<string[]>;
      /** The coded refusal (INVALID_CREDENTIALS, LINK_INVALID ...), or null for bad fields. */
      code: string | null;
      /** The fields that were refused (form fields and any field of the procedure's input). */
      fields: string[];
    };

/**
 * Reads `formData` with `schema`, then calls `call` with the parsed value. Input the schema refuses
 * gets a 400 without any call. The procedure's own refusals come back the same way: a domain code
 * as a form error, its input errors on the form's fields (an error on a field the form does not
 * show, such as a hidden token, becomes a form error BAD_REQUEST). Anything else is thrown.
 */
export async function submitAuthForm<Schema extends z.ZodType, Result>(
  formData: FormData,
  schema: Schema,
  call: (value: z.output<Schema>) => Promise<Result>,
): Promise<AuthFormOutcome<z.output<Schema>, Result>> {
  const submission = parseWithZod(formData, { schema });
  if (submission.status !== "success") {
    return {
      ok: false,
      status: 400,
      reply: submission.reply({ hideFields: SECRET_FIELDS }),
      code: null,
      fields: Object.keys(submission.error ?? {}).filter((field) => field !== ""),
    };
  }
  try {
    return { ok: true, value: submission.value, result: await call(submission.value) };
  } catch (error) {
    const code = domainCodeOf(error);
    if (code) {
      return {
        ok: false,
        status: authStatusOf(code),
        reply: submission.reply({ formErrors: [code], hideFields: SECRET_FIELDS }),
        code,
        fields: [],
      };
    }
    const fieldErrors = fieldErrorsFromError(error);
    if (!fieldErrors) throw error;
    const shown = new Set(Object.keys(submission.payload));
    const onForm = Object.fromEntries(Object.entries(fieldErrors).filter(([field]) => shown.has(field)));
    const elsewhere = Object.keys(fieldErrors).some((field) => !shown.has(field));
    return {
      ok: false,
      status: 400,
      reply: submission.reply({
        fieldErrors: onForm,
        formErrors: elsewhere ? ["BAD_REQUEST"] : [],
        hideFields: SECRET_FIELDS,
      }),
      code: null,
      fields: Object.keys(fieldErrors),
    };
  }
}
