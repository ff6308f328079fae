// The page an email change link opens (sent to the new address): /fr/compte/confirmer-email?token=...,
// /en/account/confirm-email?token=... The account takes the new address and the customer is logged in.
// Opening the link spends nothing (mail scanners follow links): the button's POST does.
import type { ActionFunctionArgs, LoaderFunctionArgs, MetaFunction } from "@remix-run/node";
import { useActionData, useLoaderData } from "@remix-run/react";
import { useResources } from "@comptoir/i18n";
import { authResources } from "@comptoir/i18n/resources/auth";
import { AuthLinkPage } from "~/components/auth-link-page";
import { storefrontApi } from "~/lib/api.server";
import type { LinkActionData } from "~/lib/auth-data";
import { linkAction, linkPageData } from "~/lib/auth-link.server";
import { authMeta } from "~/lib/auth-meta";
import { authDocumentHeaders } from "~/lib/auth-page.server";
import { localeFromUrl } from "~/lib/locale.server";

export const headers = authDocumentHeaders({ link: true });

export async function loader({ request }: LoaderFunctionArgs) {
  return linkPageData(request, localeFromUrl(request)!, await storefrontApi(request), "confirmEmail");
}

export async function action({ request }: ActionFunctionArgs) {
  return linkAction(request, localeFromUrl(request)!, await storefrontApi(request), "confirmEmail");
}

export const meta: MetaFunction<typeof loader> = ({ data: loaderData }) => authMeta(loaderData?.seo);

export default function ConfirmEmailChangePage() {
  // These pages' texts come with their code, not with every page of the shop.
  useResources(authResources);
  const { page, locale, token } = useLoaderData<typeof loader>();
  return (
    <AuthLinkPage page={page} locale={locale} token={token} actionData={useActionData<LinkActionData>()} />
  );
}
