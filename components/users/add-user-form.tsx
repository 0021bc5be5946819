"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms";
import { TemporaryPasswordPanel, type TemporaryPasswordLabels } from "./temporary-password-panel";

/** What "Add" answers: on success, the sign-in details shown once. */
export type AddUserState = FormState & {
  created?: { name: string; email: string; temporaryPassword: string; expiresInHours: number };
};

type Option = { value: string; label: string };
export type AddUserLabels = TemporaryPasswordLabels & {
  name: string;
  email: string;
  agentRole: string;
  adminRole: string;
  submit: string;
  createdTitle: string;
  createdIntro: string;
  warning: string;
  backToList: string;
  addAnother: string;
};

/** Add user → Add → the confirmation with the temporary password, shown once (R18). */
export function AddUserForm(props: {
  action: (state: AddUserState, data: FormData) => Promise<AddUserState>;
  agentOptions: Option[];
  adminOptions: Option[];
  labels: AddUserLabels;
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as AddUserState);
  // "Add another user" puts the empty form back; the shown password is gone for good (R18).
  const [dismissed, setDismissed] = useState<AddUserState>();
  const { labels } = props;
  if (state.created && state !== dismissed) {
    const created = state.created;
    return (
      <section aria-labelledby="created-title" className="space-y-4">
        <h2 id="created-title" className="text-xl font-semibold">
          {labels.createdTitle}
        </h2>
        <p className="text-sm">{labels.createdIntro.replace("{name}", created.name)}</p>
        <TemporaryPasswordPanel
          email={created.email}
          password={created.temporaryPassword}
          labels={{ ...labels, warning: labels.warning.replace("{hours}", String(created.expiresInHours)) }}
        />
        <div className="flex gap-4 text-sm">
          <Link href="/settings/users" className="font-medium text-brand-700 underline">
            {labels.backToList}
          </Link>
          <button type="button" onClick={() => setDismissed(state)} className="font-medium text-brand-700 underline">
            {labels.addAnother}
          </button>
        </div>
      </section>
    );
  }
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <TextField
        label={labels.name}
        name="name"
        required
        maxLength={200}
        autoComplete="off"
        defaultValue={values.name}
        error={errors.name}
      />
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
      <SelectField
        label={labels.agentRole}
        name="agentRole"
        options={props.agentOptions}
        defaultValue={values.agentRole ?? "NO_AGENT"}
        error={errors.agentRole}
      />
      <SelectField
        label={labels.adminRole}
        name="adminRole"
        options={props.adminOptions}
        defaultValue={values.adminRole ?? "NO_ADMIN"}
        error={errors.adminRole}
      />
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
