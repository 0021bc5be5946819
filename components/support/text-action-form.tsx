"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

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
  const describedBy =
    [props.hint && `${props.id}-hint`, error && `${props.id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-3">
      {state.message && <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert>}
      {props.open && (
        <form action={formAction} className="space-y-3" noValidate>
          {Object.entries(props.hidden).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <div className="space-y-1">
            <label htmlFor={props.id} className="block text-sm font-medium text-slate-800">
              {props.label}
            </label>
            <textarea
              id={props.id}
              name={props.name}
              rows={5}
              required
              maxLength={props.maxLength}
              defaultValue={state.status === "ok" ? "" : (state.values?.[props.name] ?? props.defaultValue)}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy}
              className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
            />
            {props.hint && (
              <p id={`${props.id}-hint`} className="text-xs text-slate-600">
                {props.hint}
              </p>
            )}
            {error && (
              <p id={`${props.id}-error`} className="text-sm text-red-700">
                {error}
              </p>
            )}
          </div>
          <SubmitButton variant={props.variant}>{props.submitLabel}</SubmitButton>
        </form>
      )}
    </div>
  );
}
