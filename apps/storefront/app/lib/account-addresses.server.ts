// The address book page. One form adds or edits an address (`?add=1`, `?edit=<id>`); each address
// has small forms to make it a default or to delete it (`?delete=<id>` asks first). Every change
// redirects back to the list with a message, so that a reload never posts twice.
import { data, redirect } from "@remix-run/node";
import type { RequestCaller } from "@comptoir/api";
import { accountPath, type Locale } from "@comptoir/i18n";
import { getFixedT } from "@comptoir/i18n/server";
import { addressCreateInput, addressIdInput, addressUpdateInput } from "@comptoir/validators";
import { INTENT_FIELD, withDone } from "./account-form";
import { runAccountForm, unknownFormReply } from "./account-form.server";
import { ADDRESS_INTENTS, type ADDRESS_DONE } from "./account-intents";
import { accountPageSeo } from "./account-page.server";
import { accountHeaders, requireCustomer } from "./account-session.server";

export async function addressesPageData(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const addresses = await caller.api.account.addresses.list();
  const search = new URL(request.url).searchParams;
  // Ids that are not in the list (another customer's, a deleted one) open nothing.
  const known = (id: string | null) => (addresses.some((address) => address.id === id) ? id : null);
  return data(
    {
      locale,
      addresses,
      editing: known(search.get("edit")),
      deleting: known(search.get("delete")),
      adding: search.get("add") === "1" || addresses.length === 0,
      ...accountPageSeo(request, locale, {
        title: getFixedT(locale, "account")("addresses.title"),
        section: "addresses",
      }),
    },
    { headers: accountHeaders(caller) },
  );
}

type AddressDone = (typeof ADDRESS_DONE)[number];

export async function addressesAction(request: Request, locale: Locale, caller: RequestCaller) {
  await requireCustomer(request, locale, caller);
  const formData = await request.formData();
  const intent = formData.get(INTENT_FIELD);
  const form = { request, locale, caller, formData };
  const back = (done: AddressDone) =>
    redirect(withDone(accountPath(locale, "addresses"), done), {
      status: 303,
      headers: accountHeaders(caller),
    });

  switch (intent) {
    case ADDRESS_INTENTS.create: {
      const outcome = await runAccountForm({
        ...form,
        intent,
        schema: addressCreateInput,
        call: (value) => caller.api.account.addresses.create(value),
      });
      return outcome.ok ? back("created") : outcome.response;
    }
    case ADDRESS_INTENTS.update: {
      const outcome = await runAccountForm({
        ...form,
        intent,
        schema: addressUpdateInput,
        call: (value) => caller.api.account.addresses.update(value),
      });
      return outcome.ok ? back("updated") : outcome.response;
    }
    case ADDRESS_INTENTS.delete: {
      const outcome = await runAccountForm({
        ...form,
        intent,
        schema: addressIdInput,
        call: (value) => caller.api.account.addresses.delete(value),
      });
      return outcome.ok ? back("deleted") : outcome.response;
    }
    case ADDRESS_INTENTS.defaultShipping:
    case ADDRESS_INTENTS.defaultBilling: {
      const kind = intent === ADDRESS_INTENTS.defaultShipping ? "shipping" : "billing";
      const outcome = await runAccountForm({
        ...form,
        intent,
        schema: addressIdInput,
        call: ({ id }) => caller.api.account.addresses.setDefault({ id, kind }),
      });
      return outcome.ok ? back("default") : outcome.response;
    }
    default:
      return unknownFormReply(caller);
  }
}
