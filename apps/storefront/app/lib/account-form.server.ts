// One form of an account page, run on the server: checked with the schema the procedure uses (the
// same check as in the browser, for a browser without JavaScript and for anything else that posts),
// then the procedure called. A refusal answers the page again with the reasons beside the fields
// or above the form, and nothing changed; success is the caller's to answer (a redirect, mostly).
import { data } from "@remix-run/node";
import { domainCodeOf, fieldErrorsFromError, type RequestCaller } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import type { $ZodType, output } from "zod/v4/core";
import type { AccountFormReply } from "./account-form";
import { parseAccountForm } from "./account-form-parse";
import { accountHeaders, loginRedirect } from "./account-session.server";

/** The HTTP status of a refusal carrying a domain code. */
export function accountStatusOf(code: string): number {
  switch (code) {
    case "RATE_LIMITED":
      return 429;
    case "NOT_FOUND":
      return 404;
    case "REAUTHENTICATION_REQUIRED":
    case "FORBIDDEN":
      return 403;
    case "CONFLICT":
      return 409;
    default:
      return 400;
  }
}

/** A session that ended while the form was being filled (revoked from another device, expired). */
function isUnauthenticated(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "UNAUTHORIZED";
}

export interface AccountFormRun<Schema extends $ZodType, Result> {
  request: Request;
  locale: Locale;
  caller: RequestCaller;
  formData: FormData;
  intent: string;
  schema: Schema;
  call: (value: output<Schema>) => Promise<Result>;
  /** Domain codes that are about one field (PASSWORD_INCORRECT: the password field). */
  fieldOfCode?: Readonly<Record<string, string>>;
  /** Fields never sent back to the page (passwords). */
  hideFields?: string[];
}

type ReplyResponse = ReturnType<typeof data<AccountFormReply>>;

export type AccountFormOutcome<Result> =
  | {
      ok: true;
      value: Result;
      /** The page again after a success that changes no URL: the form emptied, `extra` shown. */
      done: (extra?: unknown) => ReplyResponse;
    }
  | { ok: false; response: ReplyResponse };

export async function runAccountForm<Schema extends $ZodType, Result>(
  run: AccountFormRun<Schema, Result>,
): Promise<AccountFormOutcome<Result>> {
  const { caller, intent, hideFields = [] } = run;
  const submission = parseAccountForm(run.formData, run.schema);
  const refuse = (status: number, reply: Parameters<typeof submission.reply>[0] = {}) => ({
    ok: false as const,
    response: data<AccountFormReply>(
      { intent, result: submission.reply({ ...reply, hideFields }) },
      { status, headers: accountHeaders(caller) },
    ),
  });
  if (submission.status !== "success") return refuse(400);

  try {
    const value = await run.call(submission.value);
    const done = (extra?: unknown) =>
      data<AccountFormReply>(
        { intent, result: submission.reply({ resetForm: true }), extra },
        { headers: accountHeaders(caller) },
      );
    return { ok: true, value, done };
  } catch (error) {
    if (isUnauthenticated(error)) throw loginRedirect(run.request, run.locale, caller);
    const code = domainCodeOf(error);
    if (code) {
      const field = run.fieldOfCode?.[code];
      const status = accountStatusOf(code);
      return field
        ? refuse(status, { fieldErrors: { [field]: [code] } })
        : refuse(status, { formErrors: [code] });
    }
    const apiErrors = fieldErrorsFromError(error);
    if (apiErrors) {
      // The API checks more than the shared schema can (a common password): its keys by field.
      const fields = new Set(Object.keys(submission.payload));
      const placed = Object.entries(apiErrors).filter(([path]) => fields.has(path));
      return placed.length > 0
        ? refuse(400, { fieldErrors: Object.fromEntries(placed) })
        : refuse(400, { formErrors: ["BAD_REQUEST"] });
    }
    throw error;
  }
}

/** The answer to a form the page never rendered (an unknown intent): nothing done. */
export function unknownFormReply(caller: RequestCaller): ReplyResponse {
  return data<AccountFormReply>(
    { intent: "", result: { status: "error", error: { "": ["BAD_REQUEST"] } } },
    { status: 400, headers: accountHeaders(caller) },
  );
}
