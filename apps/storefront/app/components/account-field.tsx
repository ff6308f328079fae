import { getInputProps, getSelectProps, type FieldMetadata } from "@conform-to/react";
import { useErrorText } from "@comptoir/ui";
import type { InputHTMLAttributes, ReactNode } from "react";

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any field of any form
type Field = FieldMetadata<any, any, string[]>;

/** The field's first error (a zod message key or a domain code), translated. */
function useFieldError(field: Field): string | undefined {
  const errorText = useErrorText();
  const key = field.errors?.[0];
  return key ? errorText(key) : undefined;
}

function Frame({
  field,
  label,
  hint,
  error,
  className,
  children,
}: {
  field: Field;
  label: string;
  hint?: ReactNode;
  error?: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={`field account-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={field.id}>{label}</label>
      {children}
      {hint ? (
        <p id={`${field.id}-hint`} className="account-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={field.errorId} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputType = "text" | "email" | "password" | "tel";

/** Label, input, hint and error of one field of a conform form, tied together for screen readers. */
export function AccountInput({
  field,
  label,
  hint,
  type = "text",
  className,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, "type" | "name" | "id" | "form" | "defaultValue"> & {
  field: Field;
  label: string;
  hint?: ReactNode;
  type?: InputType;
}) {
  const error = useFieldError(field);
  return (
    <Frame field={field} label={label} hint={hint} error={error} className={className}>
      <input
        {...getInputProps(field, { type, ariaDescribedBy: hint ? `${field.id}-hint` : undefined })}
        className="input"
        {...input}
      />
    </Frame>
  );
}

export function AccountSelect({
  field,
  label,
  hint,
  children,
}: {
  field: Field;
  label: string;
  hint?: ReactNode;
  children: ReactNode;
}) {
  const error = useFieldError(field);
  return (
    <Frame field={field} label={label} hint={hint} error={error}>
      <select
        {...getSelectProps(field, { ariaDescribedBy: hint ? `${field.id}-hint` : undefined })}
        className="input account-field__select"
      >
        {children}
      </select>
    </Frame>
  );
}

export function AccountCheckbox({ field, label }: { field: Field; label: string }) {
  return (
    <div className="account-checkbox">
      <input {...getInputProps(field, { type: "checkbox" })} />
      <label htmlFor={field.id}>{label}</label>
    </div>
  );
}
