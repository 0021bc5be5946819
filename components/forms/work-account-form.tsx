"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/form-state";

type Labels = Record<
  | "organization"
  | "domain"
  | "domainHint"
  | "country"
  | "countryHint"
  | "adminName"
  | "email"
  | "emailHint"
  | "password"
  | "passwordHint"
  | "confirmPassword"
  | "adminSection"
  | "organizationSection"
  | "submit",
  string
>;

/**
 * A new work account: the organization (name, primary domain, country) and its Global admin — the
 * enrollment wizard's "Create one" (a partner tenant) and a customer invitation's "Create a customer
 * account". `hidden` carries what the action needs (program, token). Passwords are never sent back.
 */
export function WorkAccountForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  countries: { value: string; label: string }[];
  labels: Labels;
}) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const { labels } = props;
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-6" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{labels.organizationSection}</legend>
        <TextField
          label={labels.organization}
          name="organizationName"
          required
          maxLength={200}
          autoComplete="organization"
          defaultValue={values.organizationName}
          error={errors.organizationName}
        />
        <TextField
          label={labels.domain}
          name="domain"
          required
          maxLength={253}
          hint={labels.domainHint}
          defaultValue={values.domain}
          error={errors.domain}
        />
        <SelectField
          key={`country-${values.countryCode ?? ""}-${state.status}`}
          label={labels.country}
          name="countryCode"
          required
          options={props.countries}
          defaultValue={values.countryCode ?? ""}
          error={errors.countryCode}
          aria-describedby={errors.countryCode ? "field-countryCode-error" : "country-hint"}
        />
        <p id="country-hint" className="-mt-3 text-xs text-slate-600">
          {labels.countryHint}
        </p>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{labels.adminSection}</legend>
        <TextField
          label={labels.adminName}
          name="adminName"
          required
          maxLength={200}
          autoComplete="name"
          defaultValue={values.adminName}
          error={errors.adminName}
        />
        <TextField
          label={labels.email}
          name="email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          hint={labels.emailHint}
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          label={labels.password}
          name="password"
          type="password"
          required
          maxLength={128}
          autoComplete="new-password"
          hint={labels.passwordHint}
          error={errors.password}
        />
        <TextField
          label={labels.confirmPassword}
          name="confirmPassword"
          type="password"
          required
          maxLength={128}
          autoComplete="new-password"
          error={errors.confirmPassword}
        />
      </fieldset>
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
