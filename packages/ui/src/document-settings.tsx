import { Scripts, ScrollRestoration } from "@remix-run/react";
import { createContext, useContext, type ReactNode } from "react";

/** Error reporting as the browser needs it (the server's SENTRY_* settings). */
export interface BrowserMonitoring {
  dsn: string;
  environment: string;
  tracesSampleRate: number;
}

/**
 * What a page's document needs beyond its routes' data: the nonce that lets its inline scripts run
 * under the Content-Security-Policy (a new one per response, server only: browsers hide it from
 * the DOM), and the browser's error-reporting settings when error reporting is on.
 */
export interface DocumentSettings {
  nonce?: string;
  monitoring?: BrowserMonitoring;
}

const DocumentSettingsContext = createContext<DocumentSettings>({});

export function DocumentSettingsProvider({
  value,
  children,
}: {
  value: DocumentSettings;
  children: ReactNode;
}) {
  return <DocumentSettingsContext.Provider value={value}>{children}</DocumentSettingsContext.Provider>;
}

/** The response's CSP nonce, for any inline script a page must render (JSON-LD needs none). */
export function useNonce(): string | undefined {
  return useContext(DocumentSettingsContext).nonce;
}

const MONITORING_META = "comptoir:monitoring";

/** In <head>: the browser's error-reporting settings, read by the client entry before hydrating. */
export function DocumentMeta() {
  const { monitoring } = useContext(DocumentSettingsContext);
  return monitoring ? <meta name={MONITORING_META} content={JSON.stringify(monitoring)} /> : null;
}

/** At the end of <body>: Remix's scripts, allowed to run by the response's nonce. */
export function DocumentScripts() {
  const nonce = useNonce();
  return (
    <>
      <ScrollRestoration nonce={nonce} />
      <Scripts nonce={nonce} />
    </>
  );
}

/**
 * The settings as the browser sees them: what DocumentMeta wrote (so the hydrated tree renders the
 * same <meta>), without the nonce, which browsers do not expose and scripts loaded later need not.
 */
export function readDocumentSettings(document: Document): DocumentSettings {
  const content = document.querySelector(`meta[name="${MONITORING_META}"]`)?.getAttribute("content");
  if (!content) return {};
  try {
    return { monitoring: JSON.parse(content) as BrowserMonitoring };
  } catch {
    return {};
  }
}
