"use client";
import { useActionState } from "react";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";

type Props = {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  partnerId: string;
  name: string;
  eligible: boolean;
  label: string;
  accessibleLabel: string;
};

/** R14: one partner's "Mark eligible" / "Remove eligibility" button, with the outcome next to it. */
export function EligibilityForm(props: Props) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className="space-y-1">
      <input type="hidden" name="partnerId" value={props.partnerId} />
      <input type="hidden" name="name" value={props.name} />
      <input type="hidden" name="eligible" value={props.eligible ? "false" : "true"} />
      <SubmitButton variant="secondary" aria-label={props.accessibleLabel}>
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
