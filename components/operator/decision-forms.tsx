"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
export type DecisionLabels = {
  approve: string;
  approveHint: string;
  reject: string;
  reasonLabel: string;
  reasonHint: string;
};

const IDLE = { status: "idle" } as FormState;

/**
 * "Approve" and "Reject" (with a required reason) while the enrollment is in review (`open`). It stays
 * mounted after a decision, so its outcome stays on screen when the page shows the new status.
 */
export function DecisionForms(props: {
  enrollmentId: string;
  open: boolean;
  approveAction: Action;
  rejectAction: Action;
  labels: DecisionLabels;
  reasonMax: number;
}) {
  const { labels } = props;
  const [approveState, approveFormAction] = useActionState(props.approveAction, IDLE);
  const [rejectState, rejectFormAction] = useActionState(props.rejectAction, IDLE);
  const reasonError = rejectState.fieldErrors?.reason;
  const describedBy = ["reason-hint", reasonError && "reason-error"].filter(Boolean).join(" ");
  const outcome = (state: FormState) =>
    state.message && <Alert tone={state.status === "error" ? "error" : "success"}>{state.message}</Alert>;
  return (
    <div className="space-y-3">
      {outcome(approveState)}
      {outcome(rejectState)}
      {props.open && (
        <div className="grid gap-6 md:grid-cols-2">
          <form action={approveFormAction} className="space-y-3">
            <input type="hidden" name="enrollmentId" value={props.enrollmentId} />
            <p className="text-sm text-slate-700">{labels.approveHint}</p>
            <SubmitButton>{labels.approve}</SubmitButton>
          </form>
          <form action={rejectFormAction} className="space-y-3" noValidate>
            <input type="hidden" name="enrollmentId" value={props.enrollmentId} />
            <div className="space-y-1">
              <label htmlFor="reason" className="block text-sm font-medium text-slate-800">
                {labels.reasonLabel}
              </label>
              <textarea
                id="reason"
                name="reason"
                rows={4}
                required
                maxLength={props.reasonMax}
                defaultValue={rejectState.values?.reason}
                aria-invalid={reasonError ? true : undefined}
                aria-describedby={describedBy}
                className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700"
              />
              <p id="reason-hint" className="text-xs text-slate-600">
                {labels.reasonHint}
              </p>
              {reasonError && (
                <p id="reason-error" className="text-sm text-red-700">
                  {reasonError}
                </p>
              )}
            </div>
            <SubmitButton variant="destructive">{labels.reject}</SubmitButton>
          </form>
        </div>
      )}
    </div>
  );
}
