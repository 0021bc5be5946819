"use client";
import { useActionState, type ReactNode } from "react";
import type { ButtonProps } from "@/components/ui/button";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";

/** A server-action form that shows the outcome (success or the refusal, naming its rule) above its fields. */
export function ActionForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  submitLabel: string;
  variant?: ButtonProps["variant"];
  children?: ReactNode;
  className?: string;
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  return (
    <form action={formAction} className={props.className ?? "space-y-4"} noValidate>
      <StateAlert state={state} />
      {props.children}
      <SubmitButton variant={props.variant}>{props.submitLabel}</SubmitButton>
    </form>
  );
}
