import type { ReactNode } from "react";

/** The title of an account page, its lead sentence and, beside them, a link or two. */
export function AccountPageHeader({
  title,
  intro,
  actions,
}: {
  title: ReactNode;
  intro?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <header className="account-page__header">
      <div>
        <h1>{title}</h1>
        {intro ? <p className="account-page__intro">{intro}</p> : null}
      </div>
      {actions ? <div className="account-page__actions">{actions}</div> : null}
    </header>
  );
}
