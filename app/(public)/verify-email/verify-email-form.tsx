"use client";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { IDLE, type FormState } from "@/lib/form-state";

/** The button that verifies (a POST); after it, the outcome replaces the form. */
export function VerifyEmailForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  token: string;
}) {
  const t = useTranslations("enroll.verifyEmail");
  const [state, formAction] = useActionState(props.action, IDLE);
  if (state.status !== "idle") {
    return (
      <div className="space-y-4">
        <Alert tone={state.status === "ok" ? "success" : "error"}>{state.message}</Alert>
        <p className="text-sm">
          <Link href="/enroll/status" className="text-brand-700 underline">
            {t("statusLink")}
          </Link>
        </p>
      </div>
    );
  }
  return (
    <form action={formAction} className="space-y-4">
      <p className="text-sm">{t("intro")}</p>
      <input type="hidden" name="token" value={props.token} />
      <SubmitButton>{t("submit")}</SubmitButton>
    </form>
  );
}
