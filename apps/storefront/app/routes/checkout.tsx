// The checkout page: /fr/commande, /en/checkout. Email, address and shipping method, the order's
// summary, then Pay, which opens the payment page. Works without JavaScript.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, type ShouldRevalidateFunction } from "@remix-run/react";
import { cartPath, useResources } from "@comptoir/i18n";
import { checkoutResources } from "@comptoir/i18n/resources/checkout";
import { useTranslation } from "@comptoir/i18n/react";
import { CheckoutForm } from "~/components/checkout-form";
import { CheckoutProblems } from "~/components/checkout-problems";
import { storefrontApi } from "~/lib/api.server";
import { checkoutAction } from "~/lib/checkout-action.server";
import type { CheckoutActionData } from "~/lib/checkout-data";
import { CHECKOUT_CACHE_CONTROL, checkoutPageData } from "~/lib/checkout-page.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";

export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers({ "Cache-Control": CHECKOUT_CACHE_CONTROL });
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export async function loader({ request }: LoaderFunctionArgs) {
  return checkoutPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return checkoutAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

/** Updating the shipping methods changes nothing the loader reads: no need to read it again. */
export const shouldRevalidate: ShouldRevalidateFunction = ({ formData, defaultShouldRevalidate }) =>
  formData?.get("intent") === "refresh" ? false : defaultShouldRevalidate;

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

export default function CheckoutPage() {
  // The checkout's texts come with its code, not with every page of the shop.
  useResources(checkoutResources);
  const loaderData = useLoaderData<typeof loader>();
  const actionData = useActionData<CheckoutActionData>();
  const { t } = useTranslation("checkout");
  const { locale, cart } = loaderData;
  return (
    <div className="checkout-page">
      <header className="checkout-page__header">
        <h1>{t("title")}</h1>
        <Link to={cartPath(locale)} className="checkout-page__back">
          {t("backToCart")}
        </Link>
      </header>
      {cart.problems.length > 0 ? (
        <CheckoutProblems cart={cart} locale={locale} />
      ) : (
        <CheckoutForm
          cart={cart}
          locale={locale}
          // After a submission, the page shows what the shopper sent and the methods for its country.
          shipping={actionData?.shipping ?? loaderData.shipping}
          values={actionData?.values ?? loaderData.values}
          actionData={actionData}
        />
      )}
    </div>
  );
}
