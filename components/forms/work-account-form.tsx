"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { CountryField, DomainField, EmailField, NameField } from "./identity-fields";
import { useValidatedForm } from "./use-validated-form";
import { createWorkAccountSchema } from "@/lib/enrollment/enrollment-input";
import { IDLE, type FormState } from "@/lib/form-state";

import type { MessageKey } from "@/lib/i18n/messages/en";

type Text =
  | "organization"
  | "domain"
  | "domainHint"
  | "country"
  | "countryHint"
  | "adminName"
  | "email"
  | "emailHint"
  | "password"
  | "confirmPassword"
  | "adminSection"
  | "organizationSection"
  | "submit";

/** The words of each use: a partner's enrollment, or a customer accepting an invitation. */
const TEXTS: Record<"partner" | "customer", Record<Text, MessageKey>> = {
  partner: {
    organization: "enroll.create.organizationName",
    domain: "enroll.create.domain",
    domainHint: "enroll.create.domainHint",
    country: "enroll.create.country",
    countryHint: "enroll.create.countryHint",
    adminName: "enroll.create.adminName",
    email: "enroll.create.email",
    emailHint: "enroll.create.emailHint",
    password: "enroll.create.password",
    confirmPassword: "enroll.create.confirmPassword",
    adminSection: "enroll.create.adminSection",
    organizationSection: "enroll.create.organizationSection",
    submit: "enroll.create.submit",
  },
  customer: {
    organizationSection: "invites.account.companySection",
    organization: "invites.account.company",
    domain: "enroll.create.domain",
    domainHint: "invites.account.domainHint",
    country: "enroll.create.country",
    countryHint: "invites.account.countryHint",
    adminSection: "invites.account.adminSection",
    adminName: "enroll.create.adminName",
    email: "enroll.create.email",
    emailHint: "invites.account.emailHint",
    password: "enroll.create.password",
    confirmPassword: "enroll.create.confirmPassword",
    submit: "invites.account.submit",
  },
};

/**
 * A new work account: the organization (name, primary domain, country) and its Global admin — the
 * enrollment wizard's "Create one" (a partner tenant) and a customer invitation's "Create a customer
 * account". `hidden` carries what the action needs (program, token). Passwords are never sent back.
 */
export function WorkAccountForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  hidden: Record<string, string>;
  countries: { value: string; label: string }[];
  kind: "partner" | "customer";
  /** The country hint's values (the customer's: which partners, which region). */
  countryHint?: Record<string, string>;
  /** The Global admin's minimum password length. */
  passwordMin: number;
}) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const t = useTranslations();
  const texts = TEXTS[props.kind];
  const values = state.values ?? {};
  const { formProps, errors } = useValidatedForm(createWorkAccountSchema, state);
  return (
    <form action={formAction} {...formProps} className="space-y-6">
      <StateAlert state={state} errorsOnly />
      {Object.entries(props.hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t(texts.organizationSection)}</legend>
        <NameField
          label={t(texts.organization)}
          name="organizationName"
          autoComplete="organization"
          defaultValue={values.organizationName}
          error={errors.organizationName}
        />
        <DomainField
          label={t(texts.domain)}
          hint={t(texts.domainHint)}
          defaultValue={values.domain}
          error={errors.domain}
        />
        <CountryField
          resetKey={`country-${values.countryCode ?? ""}-${state.status}`}
          label={t(texts.country)}
          hint={t(texts.countryHint, props.countryHint)}
          options={props.countries}
          value={values.countryCode}
          error={errors.countryCode}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t(texts.adminSection)}</legend>
        <NameField
          label={t(texts.adminName)}
          name="adminName"
          autoComplete="name"
          defaultValue={values.adminName}
          error={errors.adminName}
        />
        <EmailField
          label={t(texts.email)}
          name="email"
          autoComplete="email"
          hint={t(texts.emailHint)}
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField
          label={t(texts.password)}
          name="password"
          type="password"
          required
          maxLength={128}
          autoComplete="new-password"
          hint={t("password.rules", { min: props.passwordMin })}
          error={errors.password}
        />
        <TextField
          label={t(texts.confirmPassword)}
          name="confirmPassword"
          type="password"
          required
          maxLength={128}
          autoComplete="new-password"
          error={errors.confirmPassword}
        />
      </fieldset>
      <SubmitButton>{t(texts.submit)}</SubmitButton>
    </form>
  );
}
