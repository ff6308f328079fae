import type { IncomingMessage, ServerResponse } from "node:http";
import type { EmulatorContext } from "../context";
import { BodyTooLargeError, header, readBody, redirect, sendHtml } from "../http";
import { parseParams } from "../params";
import { type TestCard, payCheckoutSession } from "../payments";
import { message, pageLanguage } from "./messages";
import { renderCheckoutPage, renderStatusPage } from "./render";

const PATH = /^\/checkout\/([A-Za-z0-9_]+)\/?$/;

function showSession(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  sessionId: string,
  status = 200,
  alert?: string,
  email?: string,
) {
  const session = ctx.store.sessions.get(sessionId);
  const language = pageLanguage(session?.locale ?? null, header(req, "accept-language"));
  if (!session) return sendHtml(res, 404, renderStatusPage(language, "notFound", null));
  if (session.status === "complete") {
    const link = session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
    return sendHtml(res, 409, renderStatusPage(language, "complete", link));
  }
  if (session.status === "expired")
    return sendHtml(res, 410, renderStatusPage(language, "expired", session.cancel_url));
  const lineItems = ctx.store.lineItems.get(session.id) ?? [];
  return sendHtml(res, status, renderCheckoutPage({ session, lineItems, language, alert, email }));
}

/**
 * The hosted payment page, `session.url`: GET shows the order and the test cards, POST pays. It works
 * without JavaScript, so tests drive it with plain form posts and shoppers with any browser.
 */
export async function handleHostedPage(
  ctx: EmulatorContext,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
): Promise<boolean> {
  const match = PATH.exec(url.pathname);
  if (!match?.[1]) return false;
  const sessionId = match[1];
  if (req.method === "GET" || req.method === "HEAD") {
    showSession(ctx, req, res, sessionId);
    return true;
  }
  if (req.method !== "POST") return false;

  let form: Record<string, unknown>;
  try {
    form = parseParams(await readBody(req));
  } catch (error) {
    if (!(error instanceof BodyTooLargeError)) throw error;
    form = {};
  }
  const session = ctx.store.sessions.get(sessionId);
  if (!session || session.status !== "open") {
    showSession(ctx, req, res, sessionId);
    return true;
  }
  const language = pageLanguage(session.locale, header(req, "accept-language"));
  const card: TestCard | null = form.card === "declined" || form.card === "success" ? form.card : null;
  if (!card) {
    showSession(ctx, req, res, sessionId, 400);
    return true;
  }
  const typed = typeof form.email === "string" ? form.email.trim() : "";
  const email = session.customer_email ?? typed;
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    showSession(ctx, req, res, sessionId, 400, message(language, "emailRequired"), typed);
    return true;
  }

  const outcome = payCheckoutSession(ctx, sessionId, card, email);
  if (outcome.kind === "paid") redirect(res, outcome.redirectTo);
  else if (outcome.kind === "declined")
    showSession(ctx, req, res, sessionId, 402, message(language, "declined"), typed);
  else showSession(ctx, req, res, sessionId);
  return true;
}
