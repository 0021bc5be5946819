"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { z } from "zod";
import { useValidatedForm } from "@/components/forms/use-validated-form";
import { Alert } from "@/components/ui/alert";
import { RefusalList, StateAlert } from "@/components/ui/refusal";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { RefusalParts } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { customerRequestSchema } from "@/lib/customer-invitations/customer-invitation-input";
import { LOCALES } from "@/lib/i18n/locales";
import { resellerInvitationSchema } from "@/lib/provider-reseller-relationships/reseller-invitation-input";
import { InvitationDraftPanel, type InvitationDraft, type SendInvitationState } from "./invitation-draft-panel";
import { invitationTexts, type InvitationUiKind } from "./invitation-texts";

type Action<S> = (state: S, data: FormData) => Promise<S>;
type Option = { value: string; label: string };

/** What Check and Create return: the pre-flight's outcome, then the draft (R16). */
export type InvitationWizardState = FormState & {
  /** After Check: true when no rule would fail. */
  passed?: boolean;
  /** Every rule that would fail (sentence, next step, rule), in the page's language. */
  problems?: RefusalParts[];
  /** After a passed Check: what the checks found (e.g. R5 steps still missing), in the page's language. */
  notes?: string[];
  draft?: InvitationDraft;
};

type State = InvitationWizardState & { seq?: number };

/**
 * The fields each kind's actions parse, checked in the browser too (a joint invitation's hidden
 * provider id is the server's business; the hook skips hidden fields).
 */
const SCHEMAS: Record<InvitationUiKind, z.ZodType> = {
  reseller: resellerInvitationSchema,
  customer: customerRequestSchema,
};

/**
 * The invitation form of every kind (R16): the invitee's address (required or optional), an
 * optional pick (e.g. an enrolled reseller), link lifetime and email language → "Check" (the
 * pre-flight: every rule that would fail, nothing written) → "Create" (the pre-flight again, the
 * invitation, the draft) → the draft panel with Send. `hidden` carries page fields such as the
 * provider id.
 */
export function InvitationWizard(props: {
  checkAction: Action<InvitationWizardState>;
  createAction: Action<InvitationWizardState>;
  sendAction: Action<SendInvitationState>;
  hidden?: Record<string, string>;
  emailRequired?: boolean;
  pick?: { name: string; legend: string; noneLabel: string; options: Option[] };
  defaults: { days: number; locale: string };
  /** Which kind's words to use (components/invitations/invitation-texts.ts). */
  kind: InvitationUiKind;
  doneHref: string;
}) {
  const [state, formAction] = useActionState(
    async (previous: State, data: FormData): Promise<State> => {
      const next =
        data.get("$step") === "create"
          ? await props.createAction(previous, data)
          : await props.checkAction(previous, data);
      return { ...next, seq: (previous.seq ?? 0) + 1 };
    },
    { status: "idle" } as State,
  );
  const { pick } = props;
  const t = useTranslations();
  const texts = invitationTexts[props.kind];
  const languages = LOCALES.map((value) => ({ value, label: t(`invites.request.language.${value}`) }));
  const { formProps, errors } = useValidatedForm(SCHEMAS[props.kind], state);

  if (state.draft) {
    return (
      <InvitationDraftPanel
        draft={state.draft}
        sendAction={props.sendAction}
        kind={props.kind}
        doneHref={props.doneHref}
      />
    );
  }
  const values = state.values ?? {};
  const picked = pick && pick.options.some((option) => option.value === values[pick.name]) ? values[pick.name] : "";
  return (
    <form action={formAction} {...formProps} className="max-w-2xl space-y-4">
      {state.problems && state.problems.length > 0 ? (
        <Alert tone="error" title={t(texts.failed)}>
          <RefusalList refusals={state.problems} testId="preflight-problems" />
        </Alert>
      ) : (
        <StateAlert state={state} errorsOnly />
      )}
      {state.passed && (
        <Alert tone="success" title={texts.passedTitle && t(texts.passedTitle)}>
          {state.notes?.map((note, index) => (
            <p key={note} className={index > 0 ? "mt-1" : undefined}>
              {note}
            </p>
          ))}
        </Alert>
      )}
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {pick && pick.options.length > 0 && (
        <fieldset key={`pick-${state.seq ?? 0}`} className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">{pick.legend}</legend>
          {[{ value: "", label: pick.noneLabel }, ...pick.options].map((option) => (
            <label key={option.value} className="flex items-center gap-2 text-sm">
              <input type="radio" name={pick.name} value={option.value} defaultChecked={option.value === picked} />
              {option.label}
            </label>
          ))}
        </fieldset>
      )}
      <TextField
        label={t(texts.email)}
        name="email"
        type="email"
        required={props.emailRequired}
        maxLength={254}
        autoComplete="off"
        hint={texts.emailHint && t(texts.emailHint)}
        defaultValue={values.email ?? ""}
        error={errors.email}
      />
      <TextField
        label={t(texts.days)}
        name="expiresInDays"
        type="number"
        min={1}
        max={90}
        step={1}
        required
        hint={t(texts.daysHint)}
        defaultValue={values.expiresInDays ?? String(props.defaults.days)}
        error={errors.expiresInDays}
      />
      <SelectField
        key={`locale-${state.seq ?? 0}`}
        label={t(texts.language)}
        name="locale"
        options={languages}
        defaultValue={values.locale ?? props.defaults.locale}
        error={errors.locale}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="$step" value="check" variant={state.passed ? "secondary" : "primary"}>
          {t(texts.check)}
        </SubmitButton>
        {state.passed && (
          <SubmitButton name="$step" value="create">
            {t(texts.create)}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
