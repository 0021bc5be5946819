"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

/** The required checkbox and "Authorize indirect provider" (a POST); afterwards the outcome replaces the form. */
export function AuthorizeProviderForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  token: string;
  labels: { confirm: string; submit: string; successTitle: string; toProviders: string };
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  if (state.status === "ok") {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={props.labels.successTitle}>
          {state.message}
        </Alert>
        <Link
          href="/indirect-providers"
          className="inline-block rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
        >
          {props.labels.toProviders}
        </Link>
      </div>
    );
  }
  const error = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.status === "error" && state.message && !error && <Alert tone="error">{state.message}</Alert>}
      <input type="hidden" name="token" value={props.token} />
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="confirm"
            required
            className="mt-1"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "confirm-error" : undefined}
          />
          <span>{props.labels.confirm}</span>
        </label>
        {error && (
          <p id="confirm-error" role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <SubmitButton>{props.labels.submit}</SubmitButton>
    </form>
  );
}
