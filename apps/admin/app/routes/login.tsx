import { getFormProps, getInputProps, useForm } from "@conform-to/react";
import { parseWithZod } from "@conform-to/zod/v4";
import {
  data,
  redirect,
  type ActionFunctionArgs,
  type LoaderFunctionArgs,
  type MetaFunction,
} from "@remix-run/node";
import { Form, useActionData, useLoaderData, useNavigation } from "@remix-run/react";
import { domainCodeOf } from "@comptoir/api";
import { useErrorText } from "@comptoir/ui";
import { passwordLoginInput } from "@comptoir/validators";
import { useTranslation } from "@comptoir/i18n/react";
import { adminApi, pathForStep, type LoginStep } from "~/lib/api.server";
import { getFixedT } from "@comptoir/i18n/server";
import { localeDetector } from "~/lib/locale.server";
import { safeRedirectPath } from "~/lib/safe-redirect";

export async function loader({ request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const redirectTo = safeRedirectPath(url.searchParams.get("redirectTo"));
  const { api } = await adminApi(request);
  const session = await api.auth.adminSession();
  if (session) throw redirect(pathForStep(session.step, redirectTo));
  const t = getFixedT(localeDetector.getLocale(request), "admin");
  return { redirectTo, loggedOut: url.searchParams.has("loggedOut"), title: t("login.title") };
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => [{ title: loaderData?.title }];

export async function action({ request }: ActionFunctionArgs) {
  const formData = await request.formData();
  // The same schema as the browser's check and the procedure's: one definition of a valid login.
  const submission = parseWithZod(formData, { schema: passwordLoginInput });
  if (submission.status !== "success") {
    return data({ result: submission.reply({ hideFields: ["password"] }) }, { status: 400 });
  }
  const { api, resHeaders } = await adminApi(request);
  let step: LoginStep = "ready";
  try {
    step = (await api.auth.login(submission.value)).adminStep ?? "ready";
  } catch (error) {
    const code = domainCodeOf(error);
    if (!code) throw error;
    return data(
      { result: submission.reply({ formErrors: [code], hideFields: ["password"] }) },
      { status: 401 },
    );
  }
  // The password is only the first step: the code, or enrolment for admins and owners, comes next.
  return redirect(pathForStep(step, safeRedirectPath(formData.get("redirectTo"))), { headers: resHeaders });
}

export default function Login() {
  const { redirectTo, loggedOut } = useLoaderData<typeof loader>();
  const actionData = useActionData<typeof action>();
  const navigation = useNavigation();
  const { t } = useTranslation("admin");
  const { t: tCommon } = useTranslation("common");
  const errorText = useErrorText();
  const [form, fields] = useForm({
    lastResult: actionData?.result,
    shouldValidate: "onBlur",
    shouldRevalidate: "onInput",
    onValidate: ({ formData }) => parseWithZod(formData, { schema: passwordLoginInput }),
  });
  return (
    <main className="login">
      <div className="login__card">
        <p className="login__brand">
          <span className="login__logo" aria-hidden="true">
            C
          </span>
          {tCommon("brand")}
        </p>
        <h1>{t("login.title")}</h1>
        <p className="login__intro">{t("login.intro")}</p>
        {loggedOut && !form.errors ? <p className="alert alert--info">{t("login.loggedOut")}</p> : null}
        {form.errors ? (
          <p className="alert alert--error" role="alert" id={form.errorId}>
            {errorText(form.errors[0] ?? "INTERNAL_SERVER_ERROR")}
          </p>
        ) : null}
        <Form method="post" {...getFormProps(form)}>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          <div className="field">
            <label htmlFor={fields.email.id}>{t("login.email")}</label>
            <input {...getInputProps(fields.email, { type: "email" })} autoComplete="username" autoFocus />
            {fields.email.errors ? (
              <p className="field__error" id={fields.email.errorId}>
                {errorText(fields.email.errors[0] ?? "")}
              </p>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={fields.password.id}>{t("login.password")}</label>
            <input
              {...getInputProps(fields.password, { type: "password" })}
              autoComplete="current-password"
            />
            {fields.password.errors ? (
              <p className="field__error" id={fields.password.errorId}>
                {errorText(fields.password.errors[0] ?? "")}
              </p>
            ) : null}
          </div>
          <button type="submit" className="btn login__submit" disabled={navigation.state === "submitting"}>
            {t("login.submit")}
          </button>
        </Form>
      </div>
    </main>
  );
}
