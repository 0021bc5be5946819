"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

/** A one-button form in a table row (Resend, Revoke); its outcome is announced next to it. */
export function RowActionForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  invitationId: string;
  label: string;
  accessibleLabel: string;
  variant?: "secondary" | "danger";
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="unverifiedInvitationId" value={props.invitationId} />
      <SubmitButton variant={props.variant ?? "secondary"} aria-label={props.accessibleLabel}>
        {props.label}
      </SubmitButton>
      {state.message && (
        <p
          role={state.status === "error" ? "alert" : "status"}
          className={`text-xs ${state.status === "error" ? "text-red-700" : "text-green-800"}`}
        >
          {state.message}
        </p>
      )}
    </form>
  );
}
