import { Form, useNavigation, useSubmit } from "@remix-run/react";
import type { CartDto } from "@comptoir/api";
import type { Locale } from "@comptoir/i18n";
import { useErrorText } from "@comptoir/ui";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "@comptoir/i18n/react";
import {
  destinationOf,
  hasCheckoutErrors,
  type CheckoutActionData,
  type CheckoutCountry,
  type CheckoutField,
  type CheckoutFieldErrors,
  type CheckoutShipping as Shipping,
  type CheckoutValues,
} from "~/lib/checkout-data";
import type * as CheckoutFormModule from "~/lib/checkout-form";
import { cartSummary } from "~/lib/checkout-summary";
import { CheckoutAddress } from "./checkout-address";
import { CheckoutErrorSummary } from "./checkout-errors";
import { CheckoutInput } from "./checkout-field";
import { CheckoutPay } from "./checkout-pay";
import { CheckoutShipping } from "./checkout-shipping";
import { OrderSummary } from "./order-summary";

/** The schema check, loaded on its own (type-only here: no static import reaches the bundle). */
type FormChecker = typeof CheckoutFormModule;

/**
 * The checkout form. One POST form that works without JavaScript (two submit buttons: update the
 * shipping methods, pay); once hydrated, the shipping methods follow the country by themselves, the
 * form is checked in the browser with the API's schema before it is sent, and Pay shows progress.
 */
export function CheckoutForm({
  cart,
  locale,
  shipping,
  values,
  actionData,
}: {
  cart: CartDto;
  locale: Locale;
  shipping: Shipping;
  values: CheckoutValues;
  actionData: CheckoutActionData | undefined;
}) {
  const { t } = useTranslation("checkout");
  const errorText = useErrorText();
  const navigation = useNavigation();
  const submit = useSubmit();
  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const checker = useRef<FormChecker | null>(null);

  const [enhanced, setEnhanced] = useState(false);
  const start = destinationOf(values);
  const [country, setCountry] = useState<CheckoutCountry>(start.country);
  const [region, setRegion] = useState(start.region ?? "");
  const [chosenRate, setChosenRate] = useState(values.shippingRateId ?? null);
  // The browser's own refusal of the last Pay (it replaces the server's answer on the page).
  const [refusal, setRefusal] = useState<{ fieldErrors: CheckoutFieldErrors } | null>(null);
  // The errors left as the shopper fixes the fields (the summary shrinks with them; it is focused
  // only after a submission).
  const [liveErrors, setLiveErrors] = useState<CheckoutFieldErrors | null>(null);
  const [paying, setPaying] = useState(false);

  useEffect(() => {
    setEnhanced(true);
    // The schema (and zod) load after the page, in a chunk of their own.
    void import("~/lib/checkout-form").then((module) => (checker.current = module));
    // Back from the payment page, a browser may restore this page as it was left: Pay pending.
    const reset = (event: PageTransitionEvent) => event.persisted && setPaying(false);
    window.addEventListener("pageshow", reset);
    return () => window.removeEventListener("pageshow", reset);
  }, []);

  // A new answer from the server replaces whatever the browser said before it.
  useEffect(() => {
    setRefusal(null);
    setLiveErrors(null);
    setPaying(false);
  }, [actionData]);

  const submittedErrors = refusal?.fieldErrors ?? actionData?.fieldErrors ?? {};
  const formError = refusal ? null : (actionData?.formError ?? null);
  const fieldErrors = liveErrors ?? submittedErrors;
  useEffect(() => {
    if (hasCheckoutErrors(submittedErrors, formError)) summaryRef.current?.focus();
    // Once per answer or refused attempt: never while the shopper is typing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actionData, refusal]);

  const pendingIntent = navigation.state === "idle" ? null : navigation.formData?.get("intent");
  const refreshing = pendingIntent === "refresh";
  const busy = paying || pendingIntent === "pay";
  const selected = shipping.options.find((option) => option.id === chosenRate) ?? shipping.options[0] ?? null;
  const summary = cartSummary(cart, selected, shipping.country);
  const errorOf = (field: CheckoutField) => (fieldErrors[field] ? errorText(fieldErrors[field]) : undefined);

  const refresh = (next: { country: CheckoutCountry; region: string }) => {
    if (!formRef.current) return;
    const form = new FormData(formRef.current);
    form.set("intent", "refresh");
    form.set("country", next.country);
    form.set("region", next.region);
    submit(form, { method: "post", replace: true, preventScrollReset: true });
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    if (submitter?.getAttribute("value") !== "pay") return;
    const check = checker.current;
    if (check) {
      const result = check.checkCheckoutForm(
        check.readCheckoutValues(new FormData(event.currentTarget)),
        locale,
      );
      if (!result.ok) {
        event.preventDefault();
        setRefusal({ fieldErrors: result.fieldErrors });
        setLiveErrors(null);
        return;
      }
    }
    setPaying(true);
  };

  // Once a field is marked wrong, its mark goes as soon as what is typed is right.
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const check = checker.current;
    if (!check || Object.keys(fieldErrors).length === 0) return;
    const result = check.checkCheckoutForm(
      check.readCheckoutValues(new FormData(event.currentTarget)),
      locale,
    );
    const still = result.ok ? {} : result.fieldErrors;
    const next: CheckoutFieldErrors = {};
    for (const field of Object.keys(fieldErrors) as CheckoutField[]) {
      // Errors the browser cannot judge (stock, a refused method) stay until the next answer.
      const known = fieldErrors[field]?.startsWith("validation.");
      const error = known ? still[field] : fieldErrors[field];
      if (error) next[field] = error;
    }
    setLiveErrors(next);
  };

  return (
    <Form
      method="post"
      className="checkout"
      ref={formRef}
      noValidate={enhanced}
      onSubmit={onSubmit}
      onChange={onChange}
    >
      {/* The form's default button (Enter in a field): paying, not updating the shipping methods. */}
      <button
        type="submit"
        name="intent"
        value="pay"
        className="visually-hidden"
        tabIndex={-1}
        aria-hidden="true"
      />
      <div className="checkout__main">
        <CheckoutErrorSummary
          ref={summaryRef}
          fieldErrors={fieldErrors}
          formError={formError}
          locale={locale}
        />
        <fieldset className="checkout-section">
          <legend className="checkout-section__title">{t("contact.title")}</legend>
          <CheckoutInput
            name="email"
            type="email"
            label={t("contact.email")}
            hint={t("contact.emailHint")}
            autoComplete="email"
            inputMode="email"
            spellCheck={false}
            required
            maxLength={254}
            defaultValue={values.email}
            error={errorOf("email")}
          />
        </fieldset>
        <CheckoutAddress
          values={values}
          errorOf={errorOf}
          country={country}
          region={region}
          onCountryChange={(next) => {
            setCountry(next);
            refresh({ country: next, region: next === "CA" ? region : "" });
          }}
          onRegionChange={(next) => {
            setRegion(next);
            refresh({ country, region: next });
          }}
        />
        <CheckoutShipping
          shipping={shipping}
          selectedId={selected?.id ?? null}
          onSelect={setChosenRate}
          error={errorOf("shippingRateId")}
          busy={refreshing}
          enhanced={enhanced}
        />
      </div>
      <aside className="checkout__aside">
        <OrderSummary
          view={summary}
          locale={locale}
          busy={refreshing}
          footer={
            <CheckoutPay
              pending={busy}
              disabled={busy || refreshing || !selected}
              total={summary.total}
              currency={summary.currency}
              locale={locale}
            />
          }
        />
      </aside>
    </Form>
  );
}
