// The cart page: /fr/panier, /en/cart. Every form works without JavaScript (the action answers the
// page itself, or redirects back to it); with JavaScript they are sent by fetchers, in place.
import type { ActionFunctionArgs, HeadersFunction, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData } from "@remix-run/react";
import { homePath } from "@comptoir/i18n";
import { useTranslation } from "@comptoir/i18n/react";
import { CartError } from "~/components/cart-error";
import { CartLine } from "~/components/cart-line";
import { CartSummary } from "~/components/cart-summary";
import { storefrontApi } from "~/lib/api.server";
import type { CartActionData } from "~/lib/cart-action-data";
import { cartAction, CART_CACHE_CONTROL } from "~/lib/cart-action.server";
import { cartPageData } from "~/lib/cart-page.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";

export const headers: HeadersFunction = ({ actionHeaders }) => {
  const headers = new Headers({ "Cache-Control": CART_CACHE_CONTROL });
  const retryAfter = actionHeaders.get("Retry-After");
  if (retryAfter) headers.set("Retry-After", retryAfter);
  return headers;
};

export async function loader({ request }: LoaderFunctionArgs) {
  const locale = localeFromUrl(request)!;
  return cartPageData(request, locale, await storefrontApi(request));
}

export async function action({ request }: ActionFunctionArgs) {
  const locale = localeFromUrl(request)!;
  return cartAction(request, locale, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

export default function CartPage() {
  const { locale, cart } = useLoaderData<typeof loader>();
  const actionData = useActionData<CartActionData>();
  const { t } = useTranslation("storefront");
  // A refusal is shown beside the form that was sent; one whose form is not on this page (add to
  // cart from a product page, a line or a summary no longer shown, a form we did not render) above.
  const failure = actionData?.ok === false ? actionData : null;
  const inPlace =
    failure !== null &&
    (failure.intent === "update" || failure.intent === "remove"
      ? cart.lines.some((line) => line.variantId === failure.variantId)
      : (failure.intent === "applyDiscount" || failure.intent === "removeDiscount") && cart.lines.length > 0);
  const pageError = inPlace ? null : failure;
  const problems = new Map(cart.problems.map((problem) => [problem.variantId, problem]));
  return (
    <div className="cart-page">
      <header className="cart-page__header">
        <h1>{t("cart.title")}</h1>
        {cart.itemCount > 0 ? (
          <p className="cart-page__count" data-testid="cart-item-count">
            {t("cart.itemCount", { count: cart.itemCount })}
          </p>
        ) : null}
      </header>
      {pageError ? <CartError id="cart-page-error" code={pageError.error} /> : null}
      {cart.lines.length === 0 ? (
        <section className="cart-empty" data-testid="cart-empty">
          <h2 className="cart-empty__title">{t("cart.empty.title")}</h2>
          <p>{t("cart.empty.text")}</p>
          <Link to={homePath(locale)} className="btn">
            {t("cart.empty.action")}
          </Link>
        </section>
      ) : (
        <div className="cart">
          <section className="cart__lines" aria-labelledby="cart-lines-title">
            <h2 id="cart-lines-title" className="visually-hidden">
              {t("cart.linesTitle")}
            </h2>
            <ul className="cart-lines">
              {cart.lines.map((line) => (
                <CartLine
                  key={line.variantId}
                  line={line}
                  currency={cart.currency}
                  locale={locale}
                  problem={problems.get(line.variantId)}
                  actionData={actionData}
                />
              ))}
            </ul>
          </section>
          <CartSummary cart={cart} locale={locale} actionData={actionData} />
        </div>
      )}
    </div>
  );
}
