"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { TemporaryPasswordPanel, type TemporaryPasswordLabels } from "@/components/users/temporary-password-panel";
import type { FormState } from "@/lib/forms";

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
  labels: CreateCustomerLabels;
};
export type CreateCustomerLabels = TemporaryPasswordLabels &
  Record<
    | "companySection"
    | "companyName"
    | "domain"
    | "domainHint"
    | "country"
    | "countryHint"
    | "adminSection"
    | "adminName"
    | "adminEmail"
    | "adminEmailHint"
    | "resellerSection"
    | "reseller"
    | "resellerHint"
    | "submit"
    | "createdTitle"
    | "createdIntro"
    | "createdForReseller"
    | "openCustomer"
    | "backToList"
    | "another",
    string
  >;

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
  const { labels } = props;
  if (state.created) {
    const created = state.created;
    const intro = (created.reseller ? labels.createdForReseller : labels.createdIntro)
      .replace("{name}", created.name)
      .replace("{reseller}", created.reseller ?? "");
    return (
      <section aria-labelledby="created-title" className="space-y-4">
        <h2 id="created-title" className="text-xl font-semibold">
          {labels.createdTitle}
        </h2>
        <p className="text-sm">{intro}</p>
        {created.reseller && <p className="text-sm">{labels.createdIntro.replace("{name}", created.name)}</p>}
        <TemporaryPasswordPanel
          email={created.adminEmail}
          password={created.temporaryPassword}
          labels={{ ...labels, warning: labels.warning.replace("{hours}", String(created.expiresInHours)) }}
        />
        <div className="flex flex-wrap gap-4 text-sm">
          <Link href={`/customers/${created.id}`} className="font-medium text-brand-700 underline">
            {labels.openCustomer}
          </Link>
          <Link href="/customers" className="font-medium text-brand-700 underline">
            {labels.backToList}
          </Link>
          <button type="button" onClick={props.onAnother} className="font-medium text-brand-700 underline">
            {labels.another}
          </button>
        </div>
      </section>
    );
  }
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  // React doesn't re-apply a select's defaultValue after the form reset: a new key per outcome does.
  const selectKey = (name: string) => `${name}-${values[name] ?? ""}-${state.status}-${state.message ?? ""}`;
  return (
    <form action={formAction} className="max-w-2xl space-y-6" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <fieldset className="space-y-4">
        <legend className="text-lg font-semibold">{labels.companySection}</legend>
        <TextField
          label={labels.companyName}
          name="companyName"
          autoFocus={props.again}
          required
          maxLength={200}
          autoComplete="off"
          defaultValue={values.companyName}
          error={errors.companyName}
        />
        <TextField
          label={labels.domain}
          name="domain"
          required
          maxLength={253}
          autoComplete="off"
          hint={labels.domainHint}
          defaultValue={values.domain}
          error={errors.domain}
        />
        <SelectField
          key={selectKey("countryCode")}
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
          autoComplete="off"
          defaultValue={values.adminName}
          error={errors.adminName}
        />
        <TextField
          label={labels.adminEmail}
          name="adminEmail"
          type="email"
          required
          maxLength={254}
          autoComplete="off"
          hint={labels.adminEmailHint}
          defaultValue={values.adminEmail}
          error={errors.adminEmail}
        />
      </fieldset>
      {props.resellers && (
        <fieldset className="space-y-4">
          <legend className="text-lg font-semibold">{labels.resellerSection}</legend>
          <SelectField
            key={selectKey("resellerId")}
            label={labels.reseller}
            name="resellerId"
            options={props.resellers}
            defaultValue={values.resellerId ?? ""}
            error={errors.resellerId}
            aria-describedby={errors.resellerId ? "field-resellerId-error" : "reseller-hint"}
          />
          <p id="reseller-hint" className="-mt-3 text-xs text-slate-600">
            {labels.resellerHint}
          </p>
        </fieldset>
      )}
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
