"use client";
import { useActionState } from "react";
import { StateAlert } from "@/components/ui/refusal";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

/**
 * A form with one multi-line text field (a reply, a reason) and hidden ids. It stays mounted after
 * a success so the outcome stays on screen when the page re-renders; `open` hides the fields once
 * the action no longer applies (e.g. the relationship ended).
 */
export function TextActionForm(props: {
  action: Action;
  id: string;
  name: string;
  label: string;
  hint?: string;
  submitLabel: string;
  variant?: "primary" | "destructive";
  hidden: Record<string, string>;
  defaultValue?: string;
  maxLength: number;
  open: boolean;
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  const error =
    state.fieldErrors?.[props.name] ??
    Object.entries(state.fieldErrors ?? {}).find(([field]) => field !== props.name)?.[1];
  return (
    <div className="space-y-3">
      <StateAlert state={state} />
      {props.open && (
        <form action={formAction} className="space-y-3" noValidate>
          {Object.entries(props.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <Field id={props.id} label={props.label} hint={props.hint} error={error}>
            {(ids) => (
              <Textarea
                {...ids}
                name={props.name}
                rows={5}
                required
                maxLength={props.maxLength}
                defaultValue={state.status === "ok" ? "" : (state.values?.[props.name] ?? props.defaultValue)}
              />
            )}
          </Field>
          <SubmitButton variant={props.variant}>{props.submitLabel}</SubmitButton>
        </form>
      )}
    </div>
  );
}
