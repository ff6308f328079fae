import { useErrorText } from "@comptoir/ui";
import type { ReactNode } from "react";

/** A confirmation after a change ("Your profile has been saved"), read out by screen readers. */
export function AccountNotice({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className="alert alert--info account-notice" role="status" data-testid={testId ?? "account-notice"}>
      {children}
    </div>
  );
}

/** A form's refusal that is no single field's (a domain code such as RATE_LIMITED), above it. */
export function AccountFormError({ errors, id }: { errors: string[] | undefined; id: string }) {
  const errorText = useErrorText();
  const code = errors?.[0];
  if (!code) return null;
  return (
    <p className="alert alert--error" role="alert" id={id} data-testid="account-form-error">
      {errorText(code)}
    </p>
  );
}
