"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { AddUserState } from "@/app/(portal)/settings/users/actions/add-user";
import { TemporaryPasswordPanel, type TemporaryPasswordLabels } from "./temporary-password-panel";

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
  const { labels } = props;
  if (state.created) {
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
          <a href="/settings/users/new" className="font-medium text-brand-700 underline">
            {labels.addAnother}
          </a>
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
