"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import { membershipSignInSchema } from "@/lib/enrollment/enrollment-input";
import { IDLE, type FormState } from "@/lib/form-state";

/** The membership directory's sign-in (its own accounts, not the work account). */
export function MembershipSignInForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  program: string;
}) {
  const t = useTranslations();
  const [state, formAction] = useActionState(props.action, IDLE);
  const { formProps, errors } = useValidatedForm(membershipSignInSchema, state);
  return (
    <form action={formAction} {...formProps} className="space-y-4">
      <StateAlert state={state} errorsOnly />
      <input type="hidden" name="program" value={props.program} />
      <TextField
        id="membership-email"
        label={t("enroll.membership.email")}
        name="email"
        type="email"
        required
        maxLength={254}
        autoComplete="off"
        defaultValue={state.values?.email}
        error={errors.email}
      />
      <TextField
        id="membership-password"
        label={t("enroll.membership.password")}
        name="password"
        type="password"
        required
        maxLength={1024}
        autoComplete="off"
        error={errors.password}
      />
      <SubmitButton>{t("signIn.submit")}</SubmitButton>
    </form>
  );
}
