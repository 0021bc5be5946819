import type { ComponentProps } from "react";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";

// The fields that name an organization and a person the same way on every form that asks
// (Create a customer, a new work account, Add user): the limits are the schemas' own.

type TextProps = Omit<ComponentProps<typeof TextField>, "type" | "required" | "maxLength">;

/** A person's or an organization's name: required, up to 200 characters. */
export function NameField(props: TextProps) {
  return <TextField required maxLength={200} {...props} />;
}

/** A sign-in or contact address: required, up to 254 characters. */
export function EmailField(props: TextProps) {
  return <TextField type="email" required maxLength={254} {...props} />;
}

/** The organization's primary domain (field `domain`): required, up to 253 characters. */
export function DomainField(props: Omit<TextProps, "name">) {
  return <TextField name="domain" required maxLength={253} autoComplete="off" {...props} />;
}

/**
 * The organization's country (field `countryCode`) from the options the page chose (filtered to a
 * region where a rule limits them), its hint announced with it. React doesn't re-apply a select's
 * default after the form resets: a new `resetKey` per action outcome remounts it with `value`.
 */
export function CountryField(props: {
  label: string;
  hint?: string;
  options: { value: string; label: string }[];
  value?: string;
  error?: string;
  resetKey: string;
}) {
  return (
    <SelectField
      key={props.resetKey}
      label={props.label}
      name="countryCode"
      required
      options={props.options}
      defaultValue={props.value ?? ""}
      error={props.error}
      hint={props.hint}
    />
  );
}
