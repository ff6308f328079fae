// The address book: /fr/compte/adresses, /en/account/addresses.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { Link, useActionData, useLoaderData, useSearchParams } from "@remix-run/react";
import { accountPath, useResources } from "@comptoir/i18n";
import { checkoutResources } from "@comptoir/i18n/resources/checkout";
import { useTranslation } from "@comptoir/i18n/react";
import { AccountAddressCard } from "~/components/account-address-card";
import { AccountAddressForm } from "~/components/account-address-form";
import { AccountFormError, AccountNotice } from "~/components/account-notice";
import { AccountPageHeader } from "~/components/account-page-header";
import { doneFlag, type AccountFormReply } from "~/lib/account-form";
import { addressesAction, addressesPageData } from "~/lib/account-addresses.server";
import { ADDRESS_DONE, ADDRESS_INTENTS } from "~/lib/account-intents";
import { accountRouteHeaders } from "~/lib/account-session.server";
import { storefrontApi } from "~/lib/api.server";
import { localeFromUrl } from "~/lib/locale.server";
import { seoMeta } from "~/lib/seo";

export const headers = accountRouteHeaders;

export async function loader({ request }: LoaderFunctionArgs) {
  return addressesPageData(request, localeFromUrl(request)!, await storefrontApi(request));
}

export async function action({ request }: ActionFunctionArgs) {
  return addressesAction(request, localeFromUrl(request)!, await storefrontApi(request));
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => seoMeta(loaderData?.seo);

const DONE_TEXT = {
  created: "addresses.created",
  updated: "addresses.updated",
  deleted: "addresses.deleted",
  default: "addresses.defaultChanged",
} as const;

/** Forms of one button: their refusal (an address deleted meanwhile...) shows above the list. */
const BUTTON_INTENTS: readonly string[] = [
  ADDRESS_INTENTS.delete,
  ADDRESS_INTENTS.defaultShipping,
  ADDRESS_INTENTS.defaultBilling,
  "",
];

export default function AccountAddresses() {
  // The checkout's texts come with the pages that show its parts, not with every page of the shop.
  useResources(checkoutResources);
  const { locale, addresses, editing, deleting, adding } = useLoaderData<typeof loader>();
  const actionData = useActionData<AccountFormReply>();
  const { t } = useTranslation("account");
  const [search] = useSearchParams();
  const done = doneFlag(search, ADDRESS_DONE);
  const edited = addresses.find((address) => address.id === editing) ?? null;
  const showForm = adding || edited !== null;
  const buttonError =
    actionData && BUTTON_INTENTS.includes(actionData.intent) ? actionData.result.error?.[""] : undefined;
  return (
    <div className="account-addresses">
      <AccountPageHeader
        title={t("addresses.title")}
        intro={t("addresses.intro")}
        actions={
          showForm ? null : (
            <Link to={`${accountPath(locale, "addresses")}?add=1#address-form`} className="btn btn--small">
              {t("addresses.add")}
            </Link>
          )
        }
      />
      {done ? <AccountNotice>{t(DONE_TEXT[done])}</AccountNotice> : null}
      <AccountFormError errors={buttonError ?? undefined} id="addresses-error" />
      {addresses.length > 0 ? (
        <ul className="account-address-list" aria-label={t("addresses.listLabel")}>
          {addresses.map((address) => (
            <li key={address.id}>
              <AccountAddressCard
                address={address}
                locale={locale}
                confirmingDelete={deleting === address.id}
              />
            </li>
          ))}
        </ul>
      ) : (
        <p className="empty account-empty">{t("addresses.empty")}</p>
      )}
      {showForm ? (
        <AccountAddressForm
          // A new form for each address edited: its fields start from that address.
          key={edited?.id ?? "new"}
          address={edited}
          locale={locale}
          cancellable={addresses.length > 0}
        />
      ) : null}
    </div>
  );
}
