import type { ReactNode } from "react";

export interface ErrorPageProps {
  status: number;
  title: string;
  message: string;
  statusLabel: string;
  action?: ReactNode;
}

/** The friendly page both apps show for 404 and 500: no stack trace, ever. */
export function ErrorPage({ status, title, message, statusLabel, action }: ErrorPageProps) {
  return (
    <section className="error-page" aria-labelledby="error-title" data-status={status}>
      <p className="error-page__status">{statusLabel}</p>
      <h1 id="error-title" className="error-page__title">
        {title}
      </h1>
      <p className="error-page__message">{message}</p>
      {action ? <div className="error-page__action">{action}</div> : null}
    </section>
  );
}
