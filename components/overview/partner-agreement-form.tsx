"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { FormState } from "@/lib/form-state";

/** R5: signer name, title and the "I accept … on behalf of …" box → Accept. The version shown is posted, so a newer one is never accepted unseen. */
export function PartnerAgreementForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  version: string;
  defaultSignerName: string;
  organizationName: string;
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  const t = useTranslations("agreement");
  const errors = state.fieldErrors ?? {};
  const values = state.values ?? {};
  return (
    <form action={formAction} className="max-w-xl space-y-4" noValidate>
      <StateAlert state={state} />
      <input type="hidden" name="version" value={props.version} />
      <TextField
        label={t("signerName")}
        name="signerName"
        required
        maxLength={200}
        autoComplete="name"
        defaultValue={values.signerName ?? props.defaultSignerName}
        error={errors.signerName}
      />
      <TextField
        label={t("signerTitle")}
        name="signerTitle"
        required
        maxLength={200}
        autoComplete="organization-title"
        defaultValue={values.signerTitle}
        error={errors.signerTitle}
      />
      <div className="space-y-1">
        <div className="flex items-start gap-2">
          <input
            id="agreement-confirm"
            type="checkbox"
            name="confirm"
            required
            defaultChecked={values.confirm === "on"}
            aria-invalid={errors.confirm ? true : undefined}
            aria-describedby={errors.confirm ? "agreement-confirm-error" : undefined}
            className="mt-1 h-4 w-4"
          />
          <label htmlFor="agreement-confirm" className="text-sm">
            {t("confirm", { version: props.version, organization: props.organizationName })}
          </label>
        </div>
        {errors.confirm && (
          <p id="agreement-confirm-error" className="text-sm text-red-700">
            {errors.confirm}
          </p>
        )}
      </div>
      <SubmitButton>{t("accept")}</SubmitButton>
    </form>
  );
}
