"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/forms";

type Labels = Record<
  | "company" | "domain" | "domainHint" | "country" | "countryHint" | "adminName" | "email" | "emailHint" | "password" | "passwordHint"
  | "confirmPassword" | "companySection" | "adminSection" | "submit",
  string
>;

/** "Create a customer account": the company's work account and its Global admin, accepted in the same step. Passwords are never sent back. */
export function CustomerAccountForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  token: string;
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
      <input type="hidden" name="token" value={props.token} />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{labels.companySection}</legend>
        <TextField label={labels.company} name="organizationName" required maxLength={200} autoComplete="organization" defaultValue={values.organizationName} error={errors.organizationName} />
        <TextField label={labels.domain} name="domain" required maxLength={253} hint={labels.domainHint} defaultValue={values.domain} error={errors.domain} />
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
        <p id="country-hint" className="-mt-3 text-xs text-slate-600">{labels.countryHint}</p>
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{labels.adminSection}</legend>
        <TextField label={labels.adminName} name="adminName" required maxLength={200} autoComplete="name" defaultValue={values.adminName} error={errors.adminName} />
        <TextField label={labels.email} name="email" type="email" required maxLength={254} autoComplete="email" hint={labels.emailHint} defaultValue={values.email} error={errors.email} />
        <TextField label={labels.password} name="password" type="password" required maxLength={128} autoComplete="new-password" hint={labels.passwordHint} error={errors.password} />
        <TextField label={labels.confirmPassword} name="confirmPassword" type="password" required maxLength={128} autoComplete="new-password" error={errors.confirmPassword} />
      </fieldset>
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
