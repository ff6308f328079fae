import type { ReactNode } from "react";

/**
 * The frame of every log-in, sign-up and emailed-link page: one narrow card, centred, with the
 * page's heading; `aside` sits under the card (a link to the other way in).
 */
export function AuthCard({
  title,
  intro,
  icon,
  children,
  aside,
  testId,
}: {
  title: string;
  intro?: ReactNode;
  /** A large symbol above the heading, for the pages that only tell something ("check your inbox"). */
  icon?: "mail" | "broken-link";
  children?: ReactNode;
  aside?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="auth" data-testid={testId}>
      <section className="auth-card" aria-labelledby="auth-title">
        {icon ? <AuthIcon name={icon} /> : null}
        <h1 id="auth-title" className="auth-card__title">
          {title}
        </h1>
        {intro ? <div className="auth-card__intro">{intro}</div> : null}
        {children}
      </section>
      {aside ? <p className="auth__aside">{aside}</p> : null}
    </div>
  );
}

function AuthIcon({ name }: { name: "mail" | "broken-link" }) {
  return (
    <span className={`auth-card__icon auth-card__icon--${name}`} aria-hidden="true">
      <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.8">
        {name === "mail" ? (
          <path d="M4 6h16v12H4zM4 7l8 6 8-6" strokeLinecap="round" strokeLinejoin="round" />
        ) : (
          <path
            d="M9.5 14.5 7 17a3 3 0 0 1-4.2-4.2l2.6-2.6M14.5 9.5 17 7a3 3 0 0 1 4.2 4.2l-2.6 2.6M8 4v2M4 8h2M16 20v-2M20 16h-2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        )}
      </svg>
    </span>
  );
}
