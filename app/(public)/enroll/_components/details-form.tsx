"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { CountryField } from "@/components/forms/identity-fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { existingPartnerDetailsSchema, newPartnerDetailsSchema } from "@/lib/enrollment/enrollment-input";
import { IDLE, type FormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";

/**
 * Legal business profile, primary contact and support details → Enroll now. An organization
 * enrolled in another program sees only the support details (its profile is shown read-only
 * by the page). Back keeps what was typed.
 */
export function DetailsForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  backAction: (data: FormData) => Promise<void>;
  program: string;
  back: "organization-profile" | "account";
  askLegalProfile: boolean;
  transition: boolean;
  defaults: Record<string, string>;
  countries: { value: string; label: string }[];
}) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const t = useTranslations();
  const values = state.values ?? props.defaults;
  const schema = props.askLegalProfile ? newPartnerDetailsSchema : existingPartnerDetailsSchema;
  const { formProps, errors } = useValidatedForm(schema, state);
  const optional = (label: string) => `${label} (${t("enroll.field.optional")})`;
  const field = (name: string, label: string, extra: Record<string, unknown> = {}) => (
    <TextField label={label} name={name} defaultValue={values[name] ?? ""} error={errors[name]} {...extra} />
  );
  return (
    <form action={formAction} {...formProps} className="space-y-8">
      <StateAlert state={state} errorsOnly />
      <input type="hidden" name="program" value={props.program} />
      <input type="hidden" name="back" value={props.back} />
      {props.askLegalProfile && (
        <>
          <fieldset className="space-y-4">
            <legend className="text-lg font-semibold">{t("enroll.details.legalSection")}</legend>
            {field("legalName", t("enroll.details.legalName"), {
              required: true,
              maxLength: 200,
              autoComplete: "organization",
            })}
            {field("addressLine1", t("enroll.details.addressLine1"), {
              required: true,
              maxLength: 200,
              autoComplete: "address-line1",
            })}
            {field("addressLine2", optional(t("enroll.details.addressLine2")), {
              maxLength: 200,
              autoComplete: "address-line2",
            })}
            <div className="grid gap-4 sm:grid-cols-2">
              {field("city", t("enroll.details.city"), {
                required: true,
                maxLength: 100,
                autoComplete: "address-level2",
              })}
              {field("postalCode", t("enroll.details.postalCode"), {
                required: true,
                maxLength: 20,
                autoComplete: "postal-code",
              })}
            </div>
            <CountryField
              resetKey={`country-${values.countryCode ?? ""}-${state.status}`}
              label={t("enroll.details.country")}
              options={props.countries}
              value={values.countryCode}
              error={errors.countryCode}
            />
          </fieldset>
          <fieldset className="space-y-4">
            <legend className="text-lg font-semibold">{t("enroll.details.contactSection")}</legend>
            <p className="text-sm text-slate-700">{t("enroll.details.contactIntro")}</p>
            {field("contactName", t("enroll.details.contactName"), {
              required: true,
              maxLength: 200,
              autoComplete: "name",
            })}
            {field("contactEmail", t("enroll.details.contactEmail"), {
              type: "email",
              required: true,
              maxLength: 254,
              autoComplete: "email",
              hint: t("enroll.details.contactEmailHint"),
            })}
            {field("contactPhone", t("enroll.details.contactPhone"), {
              type: "tel",
              required: true,
              maxLength: 40,
              autoComplete: "tel",
            })}
          </fieldset>
        </>
      )}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("enroll.details.supportSection")}</legend>
        <p className="text-sm text-slate-700">{t("enroll.details.supportIntro")}</p>
        {field("supportEmail", t("enroll.details.supportEmail"), { type: "email", required: true, maxLength: 254 })}
        {field("supportPhone", optional(t("enroll.details.supportPhone")), { type: "tel", maxLength: 40 })}
        {field("supportWebsite", optional(t("enroll.details.supportWebsite")), {
          type: "url",
          maxLength: 300,
          hint: t("enroll.details.supportWebsiteHint"),
        })}
      </fieldset>
      {props.transition && (
        <div className="space-y-1">
          <div className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              id="confirm-no-rollback"
              name="confirmNoRollback"
              className="mt-1"
              aria-describedby={errors.confirmNoRollback ? "confirm-no-rollback-error" : undefined}
              aria-invalid={errors.confirmNoRollback ? true : undefined}
            />
            <label htmlFor="confirm-no-rollback">{t("enroll.details.confirmNoRollback")}</label>
          </div>
          {errors.confirmNoRollback && (
            <p id="confirm-no-rollback-error" className="text-sm text-red-700">
              {errors.confirmNoRollback}
            </p>
          )}
        </div>
      )}
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{t("enroll.details.submit")}</SubmitButton>
        <Button type="submit" variant="secondary" formAction={props.backAction} formNoValidate>
          {t("common.back")}
        </Button>
      </div>
    </form>
  );
}
