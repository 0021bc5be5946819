"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { CountryField, DomainField, EmailField, NameField } from "@/components/forms/identity-fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { StateAlert } from "@/components/ui/refusal";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TemporaryPasswordPanel } from "@/components/users/temporary-password-panel";
import { createCustomerSchema } from "@/lib/customers/customer-input";
import type { FormState } from "@/lib/form-state";

type Option = { value: string; label: string };

/** The action's answer: on success, the new customer and its Global admin's temporary password (R18). */
export type CreateCustomerState = FormState & {
  created?: {
    id: string;
    name: string;
    reseller: string | null;
    adminEmail: string;
    temporaryPassword: string;
    expiresInHours: number;
  };
};

type CreateCustomerProps = {
  action: (state: CreateCustomerState, data: FormData) => Promise<CreateCustomerState>;
  countries: Option[];
  /** Null: no reseller field (a direct-bill partner that isn't a provider). */
  resellers: Option[] | null;
};
/** Create a customer → the confirmation with the Global admin's temporary password, shown once (R18). */
export function CreateCustomerForm(props: CreateCustomerProps) {
  // "Create another customer" starts a new round: a fresh form and action state (no page reload),
  // with the focus on its first field.
  const [round, setRound] = useState(0);
  return (
    <CreateCustomerRound key={round} {...props} again={round > 0} onAnother={() => setRound((value) => value + 1)} />
  );
}

function CreateCustomerRound(props: CreateCustomerProps & { again: boolean; onAnother: () => void }) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as CreateCustomerState);
  const t = useTranslations("customers");
  const { formProps, errors } = useValidatedForm(createCustomerSchema, state);
  if (state.created) {
    const created = state.created;
    const intro = created.reseller
      ? t("create.createdForReseller", { name: created.name, reseller: created.reseller })
      : t("create.createdIntro", { name: created.name });
    return (
      <section aria-labelledby="created-title" className="space-y-4">
        <h2 id="created-title" className="text-xl font-semibold">
          {t("create.createdTitle")}
        </h2>
        <p className="text-sm">{intro}</p>
        {created.reseller && <p className="text-sm">{t("create.createdIntro", { name: created.name })}</p>}
        <TemporaryPasswordPanel
          email={created.adminEmail}
          password={created.temporaryPassword}
          expiresInHours={created.expiresInHours}
        />
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`/customers/${created.id}`} className="font-medium text-brand-700 underline">
            {t("create.openCustomer")}
          </Link>
          <Link href="/customers" className="font-medium text-brand-700 underline">
            {t("backToList")}
          </Link>
          <button type="button" onClick={props.onAnother} className="font-medium text-brand-700 underline">
            {t("create.another")}
          </button>
        </div>
      </section>
    );
  }
  const values = state.values ?? {};
  // React doesn't re-apply a select's defaultValue after the form reset: a new key per outcome does.
  const selectKey = (name: string) => `${name}-${values[name] ?? ""}-${state.status}-${state.message ?? ""}`;
  return (
    <form action={formAction} {...formProps} className="max-w-2xl space-y-6">
      <StateAlert state={state} errorsOnly />
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("create.companySection")}</legend>
        <NameField
          label={t("create.companyName")}
          name="companyName"
          autoFocus={props.again}
          autoComplete="off"
          defaultValue={values.companyName}
          error={errors.companyName}
        />
        <DomainField
          label={t("create.domain")}
          hint={t("create.domainHint")}
          defaultValue={values.domain}
          error={errors.domain}
        />
        <CountryField
          resetKey={selectKey("countryCode")}
          label={t("create.country")}
          hint={t("create.countryHint")}
          options={props.countries}
          value={values.countryCode}
          error={errors.countryCode}
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{t("create.adminSection")}</legend>
        <NameField
          label={t("create.adminName")}
          name="adminName"
          autoComplete="off"
          defaultValue={values.adminName}
          error={errors.adminName}
        />
        <EmailField
          label={t("create.adminEmail")}
          name="adminEmail"
          autoComplete="off"
          hint={t("create.adminEmailHint")}
          defaultValue={values.adminEmail}
          error={errors.adminEmail}
        />
      </fieldset>
      {props.resellers && (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{t("create.resellerSection")}</legend>
          <SelectField
            key={selectKey("resellerId")}
            label={t("create.reseller")}
            name="resellerId"
            options={props.resellers}
            defaultValue={values.resellerId ?? ""}
            error={errors.resellerId}
            hint={t("create.resellerHint")}
          />
        </fieldset>
      )}
      <SubmitButton>{t("create.submit")}</SubmitButton>
    </form>
  );
}
