// Any URL no other route claims, including unknown locales (/de/...): a localized 404 page.
export function loader() {
  throw new Response(null, { status: 404, statusText: "Not Found" });
}

export default function NotFound() {
  return null;
}
