export interface HostedPageOptions {
  /** Sent when the session has no customer_email, as a shopper would type it. */
  email?: string;
  acceptLanguage?: string;
}

/**
 * Pays a Checkout Session the way a shopper's browser does without JavaScript: loads the hosted page,
 * then submits its form with one of the two test cards. Resolves with the page's answer, unfollowed:
 * a 303 to `success_url` when the payment went through, the page again (402) when the card was declined.
 */
export async function submitHostedPage(
  sessionUrl: string,
  card: "success" | "declined",
  options: HostedPageOptions = {},
): Promise<Response> {
  const headers: Record<string, string> = options.acceptLanguage
    ? { "Accept-Language": options.acceptLanguage }
    : {};
  const page = await fetch(sessionUrl, { headers });
  const html = await page.text();
  const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
  if (!page.ok || !action) throw new Error(`No payment form at ${sessionUrl} (HTTP ${page.status})`);
  const form = new URLSearchParams({ card });
  if (options.email) form.set("email", options.email);
  return fetch(new URL(action, sessionUrl), {
    method: "POST",
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded" },
    body: form.toString(),
    redirect: "manual",
  });
}
