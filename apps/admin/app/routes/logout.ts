import { redirect, type ActionFunctionArgs } from "@remix-run/node";
import { adminApi } from "~/lib/api.server";

/** POST only: a link or an image tag elsewhere cannot log staff out. */
export async function action({ request }: ActionFunctionArgs) {
  const { api, resHeaders } = await adminApi(request);
  if (await api.auth.me()) await api.auth.logout();
  return redirect("/login?loggedOut=1", { headers: resHeaders });
}

export function loader() {
  return redirect("/");
}
