import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";
import type { CheckoutField } from "~/lib/checkout-data";

/** Ids of a field's control, error and hint: the error summary links to the control. */
export function fieldIds(name: CheckoutField) {
  return { control: `checkout-${name}`, error: `checkout-${name}-error`, hint: `checkout-${name}-hint` };
}

interface FieldFrameProps {
  name: CheckoutField;
  label: string;
  /** The sentence to show, already translated. */
  error?: string;
  hint?: string;
  className?: string;
  children: (aria: {
    id: string;
    "aria-invalid": true | undefined;
    "aria-describedby": string | undefined;
  }) => ReactNode;
}

/** Label, control, hint and error, tied together for screen readers. */
function FieldFrame({ name, label, error, hint, className, children }: FieldFrameProps) {
  const ids = fieldIds(name);
  const describedBy = [error ? ids.error : null, hint ? ids.hint : null].filter(Boolean).join(" ");
  return (
    <div className={`field checkout-field${className ? ` ${className}` : ""}`}>
      <label htmlFor={ids.control}>{label}</label>
      {children({
        id: ids.control,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy || undefined,
      })}
      {hint ? (
        <p id={ids.hint} className="checkout-field__hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={ids.error} className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, "name" | "id" | "children"> & {
  name: CheckoutField;
  label: string;
  error?: string;
  hint?: string;
  fieldClassName?: string;
};

export function CheckoutInput({ name, label, error, hint, fieldClassName, ...input }: InputProps) {
  return (
    <FieldFrame name={name} label={label} error={error} hint={hint} className={fieldClassName}>
      {(aria) => <input name={name} className="input" {...input} {...aria} />}
    </FieldFrame>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, "name" | "id"> & {
  name: CheckoutField;
  label: string;
  error?: string;
  hint?: string;
  fieldClassName?: string;
};

export function CheckoutSelect({
  name,
  label,
  error,
  hint,
  fieldClassName,
  children,
  ...select
}: SelectProps) {
  return (
    <FieldFrame name={name} label={label} error={error} hint={hint} className={fieldClassName}>
      {(aria) => (
        <select name={name} className="input checkout-field__select" {...select} {...aria}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
