"use client";
import { useTranslations } from "next-intl";
import { useActionState, type ReactNode } from "react";
import { CountryField } from "@/components/forms/identity-fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/form-state";
import { partnerProfileSchema } from "@/lib/partners/partner-profile-input";
import { ContactEmailStatus, type ContactEmailState } from "./contact-email-status";

type Option = { value: string; label: string };

function Fieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <legend className="px-1 text-lg font-semibold">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * Settings → Partner profile for a Global admin (P-profile-edit): legal profile, primary contact
 * and customer support, then **Save**. Field messages come from the server; what was typed stays.
 */
export function ProfileForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  initial: Record<string, string>;
  countries: Option[];
  /** The partner's country, named in the reader's language (its region limits the choice). */
  tenantCountry: string;
  contactEmail: ContactEmailState;
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  const t = useTranslations("profile");
  const { formProps, errors } = useValidatedForm(partnerProfileSchema, state);
  const values = { ...props.initial, ...state.values };
  const field = (name: string, label: string, extra: Partial<Parameters<typeof TextField>[0]> = {}) => (
    <TextField label={label} name={name} defaultValue={values[name] ?? ""} error={errors[name]} {...extra} />
  );
  return (
    <form action={formAction} {...formProps} className="space-y-6">
      <StateAlert state={state} />
      <Fieldset legend={t("legal")}>
        {field("legalName", t("legalName"), {
          required: true,
          maxLength: 200,
          autoComplete: "organization",
        })}
        {field("addressLine1", t("addressLine1"), {
          required: true,
          maxLength: 200,
          autoComplete: "address-line1",
        })}
        {field("addressLine2", t("addressLine2"), { maxLength: 200, autoComplete: "address-line2" })}
        <div className="grid gap-4 sm:grid-cols-2">
          {field("postalCode", t("postalCode"), {
            required: true,
            maxLength: 20,
            autoComplete: "postal-code",
          })}
          {field("city", t("city"), { required: true, maxLength: 100, autoComplete: "address-level2" })}
        </div>
        <CountryField
          resetKey={`country-${values.countryCode ?? ""}-${state.status}`}
          label={t("country")}
          hint={t("countryHint", { country: props.tenantCountry })}
          options={props.countries}
          value={values.countryCode}
          error={errors.countryCode}
        />
      </Fieldset>
      <Fieldset legend={t("contact")}>
        {field("contactName", t("contactName"), { required: true, maxLength: 200, autoComplete: "name" })}
        {field("contactEmail", t("contactEmail"), {
          type: "email",
          required: true,
          maxLength: 254,
          autoComplete: "email",
          hint: t("contactEmailHint"),
        })}
        <ContactEmailStatus state={props.contactEmail} />
        {field("contactPhone", t("contactPhone"), {
          type: "tel",
          required: true,
          maxLength: 40,
          autoComplete: "tel",
        })}
      </Fieldset>
      <Fieldset legend={t("support")}>
        {field("supportEmail", t("supportEmail"), {
          type: "email",
          required: true,
          maxLength: 254,
          autoComplete: "off",
        })}
        {field("supportPhone", t("supportPhone"), { type: "tel", maxLength: 40, autoComplete: "off" })}
        {field("supportWebsite", t("supportWebsite"), {
          type: "url",
          maxLength: 300,
          autoComplete: "url",
          hint: t("supportWebsiteHint"),
        })}
      </Fieldset>
      <SubmitButton>{t("save")}</SubmitButton>
    </form>
  );
}
