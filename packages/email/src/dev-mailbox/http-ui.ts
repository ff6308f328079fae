// The web side of the dev mailbox: pages for people, a JSON API for tests and tools.
//   GET /                      messages, newest first (?to= filters)
//   GET /messages/:id          one message: headers, HTML in a sandboxed frame, text
//   POST /clear                deletes every message (the pages' button), then back to /
//   GET /api/messages?to=      JSON array of { id, from, to, recipients, subject, date, text, html }
//   GET /api/messages/:id      one message as JSON
//   DELETE /api/messages       deletes every message
import http from "node:http";
import type { MessageStore } from "./message-store";
import { listPage, messagePage, notFoundPage } from "./pages";

// Pages run no script; a message's own HTML may style itself and show images, nothing more.
const PAGE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src data: http: https:; frame-src 'self'; form-action 'self'; base-uri 'none'";

function send(response: http.ServerResponse, status: number, type: string, body: string, headers = {}) {
  response.writeHead(status, {
    "Content-Type": type,
    "Cache-Control": "no-store",
    "X-Content-Type-Options": "nosniff",
    ...headers,
  });
  response.end(body);
}

function page(response: http.ServerResponse, status: number, html: string) {
  send(response, status, "text/html; charset=utf-8", html, { "Content-Security-Policy": PAGE_POLICY });
}

function json(response: http.ServerResponse, status: number, value: unknown) {
  send(response, status, "application/json; charset=utf-8", JSON.stringify(value));
}

function idFrom(pathname: string, prefix: string): string | undefined {
  if (!pathname.startsWith(prefix)) return undefined;
  const rest = pathname.slice(prefix.length);
  if (!rest || rest.includes("/")) return undefined;
  try {
    return decodeURIComponent(rest);
  } catch {
    return undefined;
  }
}

async function route(store: MessageStore, request: http.IncomingMessage, response: http.ServerResponse) {
  const url = new URL(request.url ?? "/", "http://mailbox.invalid");
  const method = request.method ?? "GET";
  const to = url.searchParams.get("to") ?? undefined;

  if (url.pathname === "/api/messages") {
    if (method === "GET") return json(response, 200, store.list({ to }));
    if (method === "DELETE") {
      await store.clear();
      return send(response, 204, "text/plain", "");
    }
    return send(response, 405, "text/plain", "Method not allowed", { Allow: "GET, DELETE" });
  }
  const apiId = idFrom(url.pathname, "/api/messages/");
  if (apiId !== undefined && method === "GET") {
    const message = store.get(apiId);
    return message ? json(response, 200, message) : json(response, 404, { error: "not found" });
  }
  if (url.pathname === "/" && method === "GET") return page(response, 200, listPage(store.list({ to }), to));
  if (url.pathname === "/clear" && method === "POST") {
    await store.clear();
    return send(response, 303, "text/plain", "", { Location: "/" });
  }
  const pageId = idFrom(url.pathname, "/messages/");
  if (pageId !== undefined && method === "GET") {
    const message = store.get(pageId);
    return message ? page(response, 200, messagePage(message)) : page(response, 404, notFoundPage());
  }
  return page(response, 404, notFoundPage());
}

export function createMailboxHttpServer(store: MessageStore): http.Server {
  return http.createServer((request, response) => {
    // Drain any request body (the clear form posts one) before answering.
    request.resume();
    route(store, request, response).catch(() => {
      if (!response.headersSent) send(response, 500, "text/plain", "Internal error");
      else response.end();
    });
  });
}
