"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { TemporaryPasswordPanel, type TemporaryPasswordLabels } from "./temporary-password-panel";

/** What "Reset password" answers: on success, the new temporary password shown once. */
export type ResetPasswordState = FormState & {
  reset?: { email: string; temporaryPassword: string; expiresInHours: number };
};

export function ResetPasswordForm(props: {
  action: (state: ResetPasswordState, data: FormData) => Promise<ResetPasswordState>;
  userId: string;
  labels: TemporaryPasswordLabels & { submit: string; done: string };
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as ResetPasswordState);
  if (state.reset) {
    return (
      <div className="space-y-3">
        <Alert tone="success">{props.labels.done.replace("{email}", state.reset.email)}</Alert>
        <TemporaryPasswordPanel
          email={state.reset.email}
          password={state.reset.temporaryPassword}
          labels={{
            ...props.labels,
            warning: props.labels.warning.replace("{hours}", String(state.reset.expiresInHours)),
          }}
        />
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-3">
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="userId" value={props.userId} />
      <SubmitButton variant="secondary">{props.labels.submit}</SubmitButton>
    </form>
  );
}
