"use client";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import type { FormState } from "@/lib/form-state";

/**
 * R14 "Accept and continue": a confirm dialog where typing the organization's name exactly confirms
 * an action without rollback; the name is posted as `confirmName`, which the server checks again.
 */
export function TransitionAgreementForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  organizationName: string;
}) {
  const t = useTranslations();
  return (
    <ConfirmDialog
      trigger={<Button variant="destructive">{t("transition.accept")}</Button>}
      title={t("confirm.acceptTransition.title")}
      description={t("confirm.acceptTransition.body", { name: props.organizationName })}
      confirmLabel={t("transition.accept")}
      action={props.action}
      typedName={props.organizationName}
      typedNameField="confirmName"
    />
  );
}
