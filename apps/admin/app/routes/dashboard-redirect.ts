import { redirect } from "@remix-run/node";

// The dashboard comes with the admin issue; until then the product list is the start page.
export function loader() {
  return redirect("/products");
}
