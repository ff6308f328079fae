// How an account form's fields are read before the schema checks them, the same way in the browser
// and on the server. Empty fields stay "" (conform would make them absent): the shared schemas say
// what an empty field means, and a "" is a wrong value rather than a missing one, so the object's
// own rules (the postal code for the country) still run and one submission names every problem.
// Ticked checkboxes ("on") become true.
import { parseWithZod } from "@conform-to/zod/v4";
import { configureCoercion } from "@conform-to/zod/v4/future";
import type { $ZodType } from "zod/v4/core";

const { coerceFormValue } = configureCoercion({ stripEmptyString: (value) => value });

export function parseAccountForm<Schema extends $ZodType>(formData: FormData, schema: Schema) {
  return parseWithZod(formData, { schema: coerceFormValue(schema), disableAutoCoercion: true });
}
