import type { SelectHTMLAttributes } from "react";
import { Field } from "./field";
import { Select } from "./input";

type Props = SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  name: string;
  options: { value: string; label: string }[];
  error?: string;
  hint?: string;
};

export function SelectField({ label, name, options, error, hint, id, className, ...select }: Props) {
  return (
    <Field id={id ?? `field-${name}`} label={label} hint={hint} error={error} className={className}>
      {(ids) => (
        <Select name={name} {...ids} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );
}
