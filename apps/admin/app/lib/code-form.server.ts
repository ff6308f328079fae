import { domainCodeOf, fieldErrorsFromError } from "@comptoir/api";
import { data } from "@remix-run/node";

/** The form field a wrong code or password belongs to, and the error key to show under it. */
export interface CodeFormError {
  error: string;
}

/**
 * Turns a refused code submission into the page's answer (400/429 with the error key), or rethrows
 * what is not a refusal. The key is translated by useAdminErrorText.
 */
export function codeFormRefusal(caught: unknown, field: string, headers: Headers) {
  const fieldErrors = fieldErrorsFromError(caught);
  const key = fieldErrors?.[field]?.[0] ?? domainCodeOf(caught);
  if (!key) throw caught;
  const status = key === "RATE_LIMITED" ? 429 : 400;
  return data<CodeFormError>({ error: key }, { status, headers });
}
