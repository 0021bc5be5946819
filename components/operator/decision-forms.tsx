"use client";
import { useActionState } from "react";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

type Action = (state: FormState, data: FormData) => Promise<FormState>;
export type DecisionLabels = { approve: string; approveHint: string; reject: string; reasonLabel: string; reasonHint: string };

/** "Approve" and "Reject" (with a required reason) for an enrollment in review. */
export function DecisionForms(props: { enrollmentId: string; approveAction: Action; rejectAction: Action; labels: DecisionLabels; reasonMax: number }) {
  const { labels } = props;
  const [rejectState, rejectFormAction] = useActionState(props.rejectAction, { status: "idle" } as FormState);
  const reasonError = rejectState.fieldErrors?.reason;
  const describedBy = ["reason-hint", reasonError && "reason-error"].filter(Boolean).join(" ");
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <ActionForm action={props.approveAction} submitLabel={labels.approve}>
        <input type="hidden" name="enrollmentId" value={props.enrollmentId} />
        <p className="text-sm text-slate-700">{labels.approveHint}</p>
      </ActionForm>
      <form action={rejectFormAction} className="space-y-3" noValidate>
        {rejectState.message && <Alert tone={rejectState.status === "error" ? "error" : "success"}>{rejectState.message}</Alert>}
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
        <SubmitButton variant="danger">{labels.reject}</SubmitButton>
      </form>
    </div>
  );
}
