import type { ReactNode } from "react";
import { useTranslation } from "@comptoir/i18n/react";

/** The centred card of the login pages (password, code, enrolment). */
export function LoginCard({ title, children, wide }: { title: string; children: ReactNode; wide?: boolean }) {
  const { t: tCommon } = useTranslation("common");
  return (
    <main className="login">
      <div className={wide ? "login__card login__card--wide" : "login__card"}>
        <p className="login__brand">
          <span className="login__logo" aria-hidden="true">
            C
          </span>
          {tCommon("brand")}
        </p>
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
