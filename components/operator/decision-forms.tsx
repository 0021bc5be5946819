"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { ReasonConfirmDialog } from "./reason-confirm-dialog";
import type { FormState } from "@/lib/form-state";

type Action = (state: FormState, data: FormData) => Promise<FormState>;

const IDLE = { status: "idle" } as FormState;

/**
 * "Approve" and "Reject" (confirmed in a dialog with a required reason) while the enrollment is in
 * review (`open`). It stays mounted after a decision, so Approve's outcome stays on screen when the
 * page shows the new status; Reject's is a toast.
 */
export function DecisionForms(props: {
  enrollmentId: string;
  /** Named by Reject's confirmation. */
  organizationName: string;
  open: boolean;
  approveAction: Action;
  rejectAction: Action;
  reasonMax: number;
}) {
  const t = useTranslations();
  const [approveState, approveFormAction] = useActionState(props.approveAction, IDLE);
  return (
    <div className="space-y-3">
      <StateAlert state={approveState} />
      {props.open && (
        <div className="grid gap-6 md:grid-cols-2">
          <form action={approveFormAction} className="space-y-3">
            <input type="hidden" name="enrollmentId" value={props.enrollmentId} />
            <p className="text-sm text-slate-700">{t("review.approveHint")}</p>
            <SubmitButton>{t("review.approve")}</SubmitButton>
          </form>
          <div>
            <ReasonConfirmDialog
              triggerLabel={t("review.reject")}
              title={t("confirm.rejectEnrollment.title", { organization: props.organizationName })}
              description={t("confirm.rejectEnrollment.body")}
              confirmLabel={t("confirm.rejectEnrollment.submit")}
              action={props.rejectAction}
              fields={{ enrollmentId: props.enrollmentId }}
              reason={{
                id: "reason",
                label: t("review.reasonLabel"),
                hint: t("review.reasonHint"),
                maxLength: props.reasonMax,
              }}
            />
          </div>
        </div>
      )}
    </div>
  );
}
