import type { InputHTMLAttributes } from "react";
import { Field } from "./field";
import { Input } from "./input";

type Props = InputHTMLAttributes<HTMLInputElement> & { label: string; name: string; error?: string; hint?: string };

/** A labelled input whose error and hint are announced with it (aria-describedby). */
export function TextField({ label, name, error, hint, id, className, ...input }: Props) {
  return (
    <Field id={id ?? `field-${name}`} label={label} hint={hint} error={error} className={className}>
      {(ids) => <Input name={name} {...ids} {...input} />}
    </Field>
  );
}
