// The devices page: where the account is logged in (the browser and system read from each
// session's User-Agent), logging one of them out, or all of them, this one included.
import { data, redirect } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { accountPath, loginPath, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { sessionRevokeInput } from "@comptoir/validators";
import { z } from "zod";
import { INTENT_FIELD, withDone } from "./account-form";
import { runAccountForm, unknownFormReply } from "./account-form.server";
import { SESSION_INTENTS } from "./account-intents";
import { accountPageSeo } from "./account-page.server";
import { accountHeaders, requireCustomer } from "./account-session.server";
import { describeUserAgent } from "./account-user-agent";

export async function sessionsPageData(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const sessions = await caller.api.account.security.sessions();
  return data(
    {
      locale,
      // This device first, then the newest.
      sessions: [...sessions]
        .sort((a, b) => Number(b.current) - Number(a.current))
        .map((session) => ({
          id: session.id,
          current: session.current,
          createdAt: session.createdAt,
          expiresAt: session.expiresAt,
          ipAddress: session.ipAddress,
          device: describeUserAgent(session.userAgent),
        })),
      ...accountPageSeo(request, locale, {
        title: getFixedT(locale, "account")("sessions.title"),
        section: "sessions",
      }),
    },
    { headers: accountHeaders(caller) },
  );
}

export async function sessionsAction(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const formData = await request.formData();
  const intent = formData.get(INTENT_FIELD);
  const form = { request, locale, caller, formData };

  if (intent === SESSION_INTENTS.revoke) {
    const outcome = await runAccountForm({
      ...form,
      intent,
      schema: sessionRevokeInput,
      call: (value) => caller.api.account.security.revokeSession(value),
    });
    if (!outcome.ok) return outcome.response;
    return redirect(withDone(accountPath(locale, "sessions"), "revoked"), {
      status: 303,
      headers: accountHeaders(caller),
    });
  }

  if (intent === SESSION_INTENTS.everywhere) {
    const outcome = await runAccountForm({
      ...form,
      intent,
      schema: z.object({}),
      call: () => caller.api.auth.logoutEverywhere(),
    });
    if (!outcome.ok) return outcome.response;
    // Every session ended, this one too (the API cleared its cookie): on to the login page.
    return redirect(loginPath(locale), { status: 303, headers: accountHeaders(caller) });
  }

  return unknownFormReply(caller);
}
