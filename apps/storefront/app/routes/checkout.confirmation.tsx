// The page Stripe sends a paying shopper back to: /fr/commande/confirmation?session_id=cs_...
// "Thank you" and the order as it was taken; while the payment is being confirmed, it checks again
// by itself (see lib/checkout-confirmation.ts).
import type { HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useLoaderData } from "@remix-run/react";
import { cartPath, homePath, useResources } from "@comptoir/i18n";
import { checkoutResources } from "@comptoir/i18n/resources/checkout";
import { useTranslation } from "@comptoir/i18n/react";
import { CheckoutOrderDetails } from "~/components/checkout-order-details";
import { OrderSummary } from "~/components/order-summary";
import { storefrontApi } from "~/lib/api.server";
import { confirmationPageData } from "~/lib/checkout-confirmation.server";
import { CHECKOUT_CACHE_CONTROL } from "~/lib/checkout-page.server";
import { useConfirmationState } from "~/lib/checkout-polling";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";

export const headers: HeadersFunction = () => ({ "Cache-Control": CHECKOUT_CACHE_CONTROL });

export async function loader({ request }: LoaderFunctionArgs) {
  return confirmationPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

function StatusIcon({ kind }: { kind: "done" | "wait" | "stop" }) {
  return (
    <span className={`confirmation__icon confirmation__icon--${kind}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="28" height="28">
        <path
          d={
            kind === "done"
              ? "M5 12.5l4.5 4.5L19 7.5"
              : kind === "stop"
                ? "M7 7l10 10M17 7L7 17"
                : "M12 7.5V12l3 2M12 3.5a8.5 8.5 0 1 0 0 17a8.5 8.5 0 1 0 0-17"
          }
          fill="none"
          stroke="currentColor"
          strokeWidth="2.2"
          strokeLinecap="round"
          strokeLinejoin="round"
        />
      </svg>
    </span>
  );
}

export default function CheckoutConfirmation() {
  // The checkout's texts come with its code, not with every page of the shop.
  useResources(checkoutResources);
  const {
    locale,
    state: serverState,
    number,
    email,
    summary,
    address,
    shippingMethod,
    recheck,
    checkAgainPath,
  } = useLoaderData<typeof loader>();
  const state = useConfirmationState(serverState);
  const { t } = useTranslation("checkout");

  if (state === "cancelled") {
    return (
      <div className="confirmation" data-testid="confirmation" data-state={state}>
        <header className="confirmation__header">
          <StatusIcon kind="stop" />
          <h1>{t("order.cancelled.title")}</h1>
          <p className="confirmation__lead">{t("order.cancelled.text")}</p>
          <Link to={cartPath(locale)} className="btn">
            {t("backToCart")}
          </Link>
        </header>
      </div>
    );
  }

  return (
    <div className="confirmation" data-testid="confirmation" data-state={state}>
      {recheck ? (
        // Without JavaScript only: the browser reloads the page to check again. With JavaScript,
        // noscript's content is inert and the page checks by itself.
        <noscript>
          <meta httpEquiv="refresh" content={`${recheck.seconds};url=${recheck.path}`} />
        </noscript>
      ) : null}
      <header className="confirmation__header">
        <StatusIcon kind={state === "paid" || state === "refunded" ? "done" : "wait"} />
        <h1>{t("order.heading", { number })}</h1>
        {state === "paid" ? <p className="confirmation__lead">{t("order.paid", { email })}</p> : null}
        {state === "refunded" ? <p className="confirmation__lead">{t("order.refunded")}</p> : null}
        {state === "pending" || state === "slow" ? (
          <div className="confirmation__status" role="status" data-testid="confirmation-status">
            {state === "pending" ? <span className="confirmation__spinner" aria-hidden="true" /> : null}
            <div>
              <p className="confirmation__status-title">
                {state === "pending" ? t("order.pending.title") : t("order.slow.title")}
              </p>
              <p>{state === "pending" ? t("order.pending.text") : t("order.slow.text", { email })}</p>
              {state === "slow" ? (
                <Link to={checkAgainPath} reloadDocument className="confirmation__again">
                  {t("order.pending.check")}
                </Link>
              ) : null}
            </div>
          </div>
        ) : null}
      </header>
      <div className="confirmation__body">
        <CheckoutOrderDetails
          number={number}
          email={email}
          address={address}
          shippingMethod={shippingMethod}
        />
        <OrderSummary view={summary} locale={locale} />
      </div>
      <p className="confirmation__continue">
        <Link to={homePath(locale)} className="btn btn--ghost">
          {t("order.continue")}
        </Link>
      </p>
    </div>
  );
}
