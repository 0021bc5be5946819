"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { RuleTag, StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import type { RefusalParts } from "@/lib/errors";
import { IDLE, type FormState } from "@/lib/form-state";
import { Button } from "@/components/ui/button";

type ProfileOption = {
  id: string;
  pnId: string;
  legalName: string;
  country: string;
  status: string;
  /** Why R13 refuses it (the sentence, the rule as a tag); null: it can be chosen. */
  reason: RefusalParts | null;
};

/** The membership account's organization profiles as radio buttons; those R13 refuses are disabled, with the reason. */
export function ProfileChoiceForm(props: {
  action: (state: FormState, data: FormData) => Promise<FormState>;
  cancelAction: (data: FormData) => Promise<void>;
  program: string;
  chosenProfileId: string | null;
  profiles: ProfileOption[];
}) {
  const [state, formAction] = useActionState(props.action, IDLE);
  const t = useTranslations();
  const chosen =
    state.values?.profileId ?? props.chosenProfileId ?? props.profiles.find((profile) => !profile.reason)?.id;
  const error = state.fieldErrors?.profileId;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <StateAlert state={state} errorsOnly />
      <input type="hidden" name="program" value={props.program} />
      <fieldset className="space-y-2" aria-describedby={error ? "profile-error" : undefined}>
        <legend className="mb-2 text-lg font-semibold">{t("enroll.profiles.legend")}</legend>
        {props.profiles.length === 0 && <p className="text-sm">{t("enroll.profiles.none")}</p>}
        {props.profiles.map((profile) => (
          <div
            key={profile.id}
            className={`flex gap-3 rounded-md border p-3 text-sm ${profile.reason ? "border-slate-200 bg-slate-50 text-slate-700" : "border-slate-300"}`}
          >
            <input
              type="radio"
              id={`profile-${profile.id}`}
              name="profileId"
              value={profile.id}
              disabled={!!profile.reason}
              defaultChecked={!profile.reason && profile.id === chosen}
              aria-describedby={profile.reason ? `profile-${profile.id}-reason` : undefined}
              className="mt-1"
            />
            <label htmlFor={`profile-${profile.id}`} className="flex-1">
              <span className="font-semibold">{profile.legalName}</span>
              <span className="block">
                {t("enroll.profiles.pnId")} {profile.pnId} · {profile.country} · {profile.status}
              </span>
              {profile.reason && (
                <span className="block font-medium text-red-800">
                  <span id={`profile-${profile.id}-reason`}>{profile.reason.sentence}</span>
                  {profile.reason.rule && (
                    <>
                      {" "}
                      <RuleTag rule={profile.reason.rule} />
                    </>
                  )}
                </span>
              )}
            </label>
          </div>
        ))}
        {error && (
          <p id="profile-error" className="text-sm text-red-700">
            {error}
          </p>
        )}
      </fieldset>
      <p className="text-sm text-slate-700">{t("enroll.profiles.cancelHint")}</p>
      <div className="flex flex-wrap gap-3">
        <SubmitButton>{t("common.continue")}</SubmitButton>
        <Button type="submit" variant="secondary" formAction={props.cancelAction} formNoValidate>
          {t("common.cancel")}
        </Button>
      </div>
    </form>
  );
}
