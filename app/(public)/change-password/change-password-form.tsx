"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/forms";

type Labels = { current: string; new: string; confirm: string; rules: string; submit: string };

export function ChangePasswordForm({
  action,
  labels,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  labels: Labels;
}) {
  const [state, formAction] = useActionState(action, IDLE);
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <TextField
        label={labels.current}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextField
        label={labels.new}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={labels.rules}
        error={errors.newPassword}
        maxLength={128}
      />
      <TextField
        label={labels.confirm}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
        maxLength={128}
      />
      <SubmitButton>{labels.submit}</SubmitButton>
    </form>
  );
}
