"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import { Button } from "@/components/ui/button";

/** The required checkbox and "Authorize indirect provider" (a POST); afterwards the outcome replaces the form. */
export function AuthorizeProviderForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  token: string;
  /** The inviting provider's name, in the confirmation. */
  provider: string;
}) {
  const t = useTranslations("partnerships.landing");
  const [state, formAction] = useActionState(props.action, { status: "idle" } as FormState);
  if (state.status === "ok") {
    return (
      <div className="space-y-4">
        <Alert tone="success" title={t("success.title")}>
          {state.message}
        </Alert>
        <Button asChild>
          <Link href="/indirect-providers">{t("toProviders")}</Link>
        </Button>
      </div>
    );
  }
  const error = state.fieldErrors?.confirm;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {!error && <StateAlert state={state} errorsOnly />}
      <input type="hidden" name="token" value={props.token} />
      <div className="space-y-1">
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            name="confirm"
            required
            className="mt-1"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "confirm-error" : undefined}
          />
          <span>{t("confirm", { provider: props.provider })}</span>
        </label>
        {error && (
          <p id="confirm-error" role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </div>
      <SubmitButton>{t("authorize")}</SubmitButton>
    </form>
  );
}
