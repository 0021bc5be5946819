"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { InviteResellerState } from "../actions/invite-reseller";
import { InvitationDraftPanel, type DraftLabels } from "./invitation-draft-panel";
import type { FormState } from "@/lib/forms";

export type InviteLabels = DraftLabels & {
  pickLegend: string;
  pickNone: string;
  email: string;
  days: string;
  daysHint: string;
  locale: string;
  check: string;
  create: string;
  passedTitle: string;
  failedTitle: string;
};

type Option = { value: string; label: string };

/** Invite a reseller: email, optional picked reseller, lifetime and language → Check → Create invitation → the draft. */
export function InviteResellerForm(props: {
  action: (state: InviteResellerState, data: FormData) => Promise<InviteResellerState>;
  sendAction: (state: FormState, data: FormData) => Promise<FormState>;
  resellers: Option[];
  localeOptions: Option[];
  defaultLocale: string;
  labels: InviteLabels;
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as InviteResellerState);
  const { labels } = props;
  if (state.draft) return <InvitationDraftPanel draft={state.draft} sendAction={props.sendAction} labels={labels} />;
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  const picked = values.unverifiedResellerId ?? "";
  const options = props.resellers;
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      {state.check?.passed ? (
        <Alert tone="success" title={labels.passedTitle}>
          <p>{state.check.passedText}</p>
          {state.check.readinessNote && <p className="mt-1">{state.check.readinessNote}</p>}
        </Alert>
      ) : state.check ? (
        <Alert tone="error" title={labels.failedTitle}>
          <ul className="list-disc pl-5">
            {state.check.failures.map((failure) => (
              <li key={failure}>{failure}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>
      )}
      {options.length > 0 && (
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{labels.pickLegend}</legend>
          <label className="flex items-center gap-2 text-sm">
            <input
              type="radio"
              name="unverifiedResellerId"
              value=""
              defaultChecked={!options.some((o) => o.value === picked)}
            />
            {labels.pickNone}
          </label>
          {options.map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input
                type="radio"
                name="unverifiedResellerId"
                value={option.value}
                defaultChecked={option.value === picked}
              />
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
      <TextField
        label={labels.email}
        name="email"
        type="email"
        required
        maxLength={254}
        autoComplete="off"
        defaultValue={values.email}
        error={errors.email}
      />
      <TextField
        label={labels.days}
        name="expiresInDays"
        type="number"
        min={1}
        max={90}
        step={1}
        required
        defaultValue={values.expiresInDays ?? "30"}
        hint={labels.daysHint}
        error={errors.expiresInDays}
      />
      <SelectField
        label={labels.locale}
        name="locale"
        options={props.localeOptions}
        defaultValue={values.locale ?? props.defaultLocale}
        error={errors.locale}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="intent" value="check" variant={state.check?.passed ? "secondary" : "primary"}>
          {labels.check}
        </SubmitButton>
        {state.check?.passed && (
          <SubmitButton name="intent" value="create">
            {labels.create}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
