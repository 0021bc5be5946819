"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { StateAlert } from "@/components/ui/refusal";
import { EmailField, NameField } from "@/components/forms/identity-fields";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { addUserSchema } from "@/lib/users/user-input";
import { RoleChoice, type RoleOption } from "./role-choice";
import { TemporaryPasswordPanel } from "./temporary-password-panel";

/** What "Add" answers: on success, the sign-in details shown once. */
export type AddUserState = FormState & {
  created?: { name: string; email: string; temporaryPassword: string; expiresInHours: number };
};

/** Add user → Add → the confirmation with the temporary password, shown once (R18). */
export function AddUserForm(props: {
  action: (state: AddUserState, data: FormData) => Promise<AddUserState>;
  agentOptions: RoleOption[];
  adminOptions: RoleOption[];
}) {
  const [state, formAction] = useActionState(props.action, { status: "idle" } as AddUserState);
  // "Add another user" puts the empty form back; the shown password is gone for good (R18).
  const [dismissed, setDismissed] = useState<AddUserState>();
  const t = useTranslations("users");
  const { formProps, errors } = useValidatedForm(addUserSchema, state);
  if (state.created && state !== dismissed) {
    const created = state.created;
    return (
      <section aria-labelledby="created-title" className="space-y-4">
        <h2 id="created-title" className="text-xl font-semibold">
          {t("createdTitle")}
        </h2>
        <p className="text-sm">{t("createdIntro", { name: created.name })}</p>
        <TemporaryPasswordPanel
          email={created.email}
          password={created.temporaryPassword}
          expiresInHours={created.expiresInHours}
        />
        <div className="flex gap-4 text-sm">
          <Link href="/settings/users" className="font-medium text-brand-700 underline">
            {t("backToList")}
          </Link>
          <button type="button" onClick={() => setDismissed(state)} className="font-medium text-brand-700 underline">
            {t("addAnother")}
          </button>
        </div>
      </section>
    );
  }
  const values = state.values ?? {};
  return (
    <form action={formAction} {...formProps} className="max-w-2xl space-y-4">
      <StateAlert state={state} errorsOnly />
      <NameField label={t("name")} name="name" autoComplete="off" defaultValue={values.name} error={errors.name} />
      <EmailField label={t("email")} name="email" autoComplete="off" defaultValue={values.email} error={errors.email} />
      <RoleChoice
        legend={t("agentRole")}
        name="agentRole"
        options={props.agentOptions}
        defaultValue={values.agentRole ?? "NO_AGENT"}
        error={errors.agentRole}
      />
      <RoleChoice
        legend={t("adminRole")}
        name="adminRole"
        options={props.adminOptions}
        defaultValue={values.adminRole ?? "NO_ADMIN"}
        error={errors.adminRole}
      />
      <SubmitButton>{t("addSubmit")}</SubmitButton>
    </form>
  );
}
