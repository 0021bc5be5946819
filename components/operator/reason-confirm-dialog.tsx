"use client";
import type { ComponentProps } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/input";

/**
 * An operator's irreversible decision that needs a written reason (End relationship R15, Reject an
 * enrollment): the trigger opens the confirm dialog, which says what will happen and holds the
 * required `reason`; a refused reason shows its error at the field and the dialog stays open.
 */
export function ReasonConfirmDialog({
  triggerLabel,
  reason,
  ...props
}: Omit<ComponentProps<typeof ConfirmDialog>, "trigger" | "children"> & {
  triggerLabel: string;
  reason: { id: string; label: string; hint?: string; maxLength: number };
}) {
  return (
    <ConfirmDialog trigger={<Button variant="destructive">{triggerLabel}</Button>} {...props}>
      {(state) => (
        <Field id={reason.id} label={reason.label} hint={reason.hint} error={state.fieldErrors?.reason}>
          {(ids) => (
            <Textarea
              {...ids}
              name="reason"
              rows={4}
              required
              maxLength={reason.maxLength}
              defaultValue={state.status === "error" ? state.values?.reason : undefined}
            />
          )}
        </Field>
      )}
    </ConfirmDialog>
  );
}
