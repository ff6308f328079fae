import { getInputProps, type FieldMetadata } from "@conform-to/react";
import { useNavigation } from "@remix-run/react";
import { useErrorText } from "@comptoir/ui";
import type { InputHTMLAttributes, ReactNode } from "react";

type InputType = "email" | "password" | "text";

/**
 * One field of an auth form: label, input, hint and the first error in the page's language, tied
 * together for screen readers. `labelAside` sits on the label's line ("Forgot your password?").
 */
export function AuthField<Value>({
  field,
  type,
  label,
  hint,
  labelAside,
  ...input
}: {
  field: FieldMetadata<Value, Record<string, unknown>, string[]>;
  type: InputType;
  label: string;
  hint?: string;
  labelAside?: ReactNode;
} & Pick<InputHTMLAttributes<HTMLInputElement>, "autoComplete" | "autoFocus" | "inputMode" | "spellCheck">) {
  const errorText = useErrorText();
  const hintId = `${field.id}-hint`;
  const error = field.errors?.[0];
  // conform hands a `key` (to reset the input with the form); React wants it given on its own.
  const { key, ...props } = getInputProps(field, { type, ariaDescribedBy: hint ? hintId : undefined });
  return (
    <div className="field auth-field">
      <div className="auth-field__label">
        <label htmlFor={field.id}>{label}</label>
        {labelAside}
      </div>
      <input key={key} className="input" {...props} {...input} />
      {hint ? (
        <p id={hintId} className="auth-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={field.errorId} className="field__error">
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}

/** A form's coded refusal (wrong password, too many attempts...), above its fields. */
export function AuthFormError({ id, errors }: { id: string; errors: string[] | undefined }) {
  const errorText = useErrorText();
  const code = errors?.[0];
  if (!code) return null;
  return (
    <p className="alert alert--error" role="alert" id={id}>
      {errorText(code)}
    </p>
  );
}

/** The submit button; while the form is on its way it says so and cannot be pressed twice. */
export function AuthSubmit({
  pending,
  label,
  pendingLabel,
  variant = "primary",
  name,
  value,
}: {
  pending: boolean;
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  name?: string;
  value?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      className={`btn auth-card__submit${variant === "secondary" ? " btn--ghost" : ""}`}
      disabled={pending}
    >
      {pending ? pendingLabel : label}
    </button>
  );
}

/**
 * Whether a form of this page is on its way (posted, or its answer loading), and when `intent` is
 * given, the one whose submit button carries it. A GET (the header's search) does not count.
 */
export function useAuthPending(intent?: string): boolean {
  const navigation = useNavigation();
  if (navigation.state === "idle" || navigation.formMethod?.toUpperCase() !== "POST") return false;
  return intent === undefined || navigation.formData?.get("intent") === intent;
}
