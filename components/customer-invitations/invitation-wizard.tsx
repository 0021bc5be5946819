"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { SelectField } from "@/components/ui/select-field";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextField } from "@/components/ui/text-field";
import type { InvitationFormState, SendInvitationState } from "@/lib/customer-invitations/invitation-form-state";
import { InvitationDraftPanel, type DraftLabels } from "./invitation-draft-panel";

type Action<S> = (state: S, data: FormData) => Promise<S>;

export type WizardLabels = DraftLabels & {
  email: string;
  emailHint: string;
  days: string;
  daysHint: string;
  language: string;
  check: string;
  create: string;
  passed: string;
  failed: string;
  noAddress: string;
};

type State = InvitationFormState & { seq?: number };

/**
 * The customer invitation form of both pages (R16): customer email (optional), link lifetime and
 * email language → "Check" (the pre-flight: every rule that would fail) → "Create draft" → the
 * draft with the personal link. `hidden` carries page fields such as the provider id.
 */
export function InvitationWizard(props: {
  checkAction: Action<InvitationFormState>;
  createAction: Action<InvitationFormState>;
  sendAction: Action<SendInvitationState>;
  hidden?: Record<string, string>;
  defaults: { days: number; locale: string };
  languages: { value: string; label: string }[];
  labels: WizardLabels;
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
  const { labels } = props;

  if (state.draft) {
    return (
      <InvitationDraftPanel
        draft={state.draft}
        sendAction={props.sendAction}
        labels={labels}
        doneHref={props.doneHref}
      />
    );
  }
  const values = state.values ?? {};
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} className="max-w-lg space-y-4" noValidate>
      {state.problems && state.problems.length > 0 ? (
        <Alert tone="error" title={labels.failed}>
          <ul className="list-disc space-y-1 pl-5" data-testid="preflight-problems">
            {state.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>
      )}
      {state.passed && (
        <Alert tone="success">
          <p>{labels.passed}</p>
          {!values.email && <p className="mt-1">{labels.noAddress}</p>}
        </Alert>
      )}
      {Object.entries(props.hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <TextField
        label={labels.email}
        name="email"
        type="email"
        maxLength={254}
        autoComplete="off"
        hint={labels.emailHint}
        defaultValue={values.email ?? ""}
        error={errors.email}
      />
      <TextField
        label={labels.days}
        name="expiresInDays"
        type="number"
        min={1}
        max={90}
        required
        hint={labels.daysHint}
        defaultValue={values.expiresInDays ?? String(props.defaults.days)}
        error={errors.expiresInDays}
      />
      <SelectField
        key={`locale-${state.seq ?? 0}`}
        label={labels.language}
        name="locale"
        options={props.languages}
        defaultValue={values.locale ?? props.defaults.locale}
        error={errors.locale}
      />
      <div className="flex flex-wrap gap-3">
        <SubmitButton name="$step" value="check" variant={state.passed ? "secondary" : "primary"}>
          {labels.check}
        </SubmitButton>
        {state.passed && (
          <SubmitButton name="$step" value="create">
            {labels.create}
          </SubmitButton>
        )}
      </div>
    </form>
  );
}
