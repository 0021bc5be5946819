"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { IDLE, type FormState } from "@/lib/form-state";
import { changePasswordSchema } from "@/lib/users/user-input";

export function ChangePasswordForm({
  action,
  passwordMin,
}: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  /** The minimum length for this user (longer for administrators). */
  passwordMin: number;
}) {
  const t = useTranslations("password");
  const [state, formAction] = useActionState(action, IDLE);
  const { formProps, errors } = useValidatedForm(changePasswordSchema, state);
  return (
    <form action={formAction} {...formProps} className="space-y-4">
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <TextField
        label={t("current")}
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        required
        error={errors.currentPassword}
      />
      <TextField
        label={t("new")}
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint={t("rules", { min: passwordMin })}
        error={errors.newPassword}
        maxLength={128}
      />
      <TextField
        label={t("confirm")}
        name="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmPassword}
        maxLength={128}
      />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
