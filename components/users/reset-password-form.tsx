"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { FormState } from "@/lib/form-state";
import { TemporaryPasswordPanel } from "./temporary-password-panel";

/** What "Reset password" answers: on success, the new temporary password shown once. */
export type ResetPasswordState = FormState & {
  reset?: { email: string; temporaryPassword: string; expiresInHours: number };
};

/** "Reset password" asks first (what happens to the user's password and sessions), then shows the result here. */
export function ResetPasswordForm(props: {
  action: (state: ResetPasswordState, data: FormData) => Promise<ResetPasswordState>;
  userId: string;
  userName: string;
}) {
  const t = useTranslations();
  const [state, setState] = useState<ResetPasswordState>({ status: "idle" });
  if (state.reset) {
    return (
      <div className="space-y-3">
        <Alert tone="success">{t("users.resetDone", { email: state.reset.email })}</Alert>
        <TemporaryPasswordPanel
          email={state.reset.email}
          password={state.reset.temporaryPassword}
          expiresInHours={state.reset.expiresInHours}
        />
      </div>
    );
  }
  return (
    <ConfirmDialog
      trigger={<Button variant="secondary">{t("users.resetPassword")}</Button>}
      title={t("confirm.resetPassword.title", { name: props.userName })}
      description={t("confirm.resetPassword.body", { name: props.userName })}
      confirmLabel={t("confirm.resetPassword.submit")}
      action={props.action}
      fields={{ userId: props.userId }}
      onResult={setState}
    />
  );
}
