"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/forms";

/** R14 "Accept and continue": typing the organization's name exactly confirms an action without rollback. */
export function TransitionAgreementForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  labels: { confirm: string; accept: string };
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  const { labels } = props;
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      {state.message && <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert>}
      <TextField
        label={labels.confirm}
        name="confirmName"
        required
        maxLength={300}
        autoComplete="off"
        spellCheck={false}
        defaultValue={state.values?.confirmName}
        error={state.fieldErrors?.confirmName}
      />
      <SubmitButton variant="destructive">{labels.accept}</SubmitButton>
    </form>
  );
}
