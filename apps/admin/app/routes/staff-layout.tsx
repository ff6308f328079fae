import { data, type LoaderFunctionArgs } from "@remix-run/node";
import { Outlet, useLoaderData } from "@remix-run/react";
import { AdminHeader } from "~/components/admin-header";
import { requireStaff } from "~/lib/api.server";
import { privateNoStore } from "~/lib/no-cache";

export const headers = privateNoStore;

export async function loader({ request }: LoaderFunctionArgs) {
  const { user, resHeaders, permissions, twoFactorEnabled } = await requireStaff(request);
  // resHeaders may carry the extended session cookie (sliding expiry).
  return data(
    { user: { email: user.email, role: user.role }, permissions, twoFactorEnabled },
    { headers: resHeaders },
  );
}

export default function StaffLayout() {
  const { user, permissions, twoFactorEnabled } = useLoaderData<typeof loader>();
  return (
    <>
      <AdminHeader email={user.email} permissions={permissions} twoFactorEnabled={twoFactorEnabled} />
      <main id="main" className="container admin-main">
        <Outlet />
      </main>
    </>
  );
}
