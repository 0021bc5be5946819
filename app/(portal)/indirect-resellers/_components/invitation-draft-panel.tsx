"use client";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";
import type { InvitationDraft } from "../actions/invite-reseller";

export type DraftLabels = {
  draftTitle: string;
  draftIntro: string;
  to: string;
  subject: string;
  text: string;
  link: string;
  linkHint: string;
  copy: string;
  copied: string;
  mailto: string;
  send: string;
  doneWithoutSending: string;
};

/**
 * The draft email of a new invitation: editable text, the personalized link read-only next to it
 * (it always stays in the email), Copy, Open in mail app (mailto with subject, text and link) and
 * Send through the outbox. The raw token lives only in this page's state.
 */
export function InvitationDraftPanel({
  draft,
  sendAction,
  labels,
}: {
  draft: InvitationDraft;
  sendAction: (state: FormState, data: FormData) => Promise<FormState>;
  labels: DraftLabels;
}) {
  const [state, formAction] = useActionState(sendAction, { status: "idle" } as FormState);
  const [text, setText] = useState(state.values?.text ?? draft.text);
  const full = `${text.trim()}\n\n${draft.url}`;
  const mailto = `mailto:${encodeURIComponent(draft.email)}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(full)}`;
  return (
    <section aria-labelledby="draft-title" className="max-w-4xl space-y-4">
      <h2 id="draft-title" className="text-xl font-semibold">
        {labels.draftTitle}
      </h2>
      <p className="text-sm text-slate-700">{labels.draftIntro}</p>
      {state.status === "error" && state.message && <Alert tone="error">{state.message}</Alert>}
      <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{labels.to}</dt>
        <dd>{draft.email}</dd>
        <dt className="font-medium">{labels.subject}</dt>
        <dd>{draft.subject}</dd>
      </dl>
      <form action={formAction} className="space-y-4">
        <input type="hidden" name="unverifiedInvitationId" value={draft.invitationId} />
        <input type="hidden" name="token" value={draft.token} />
        <div className="grid gap-4 md:grid-cols-2">
          <div className="space-y-1">
            <label htmlFor="draft-text" className="block text-sm font-medium text-slate-800">
              {labels.text}
            </label>
            <textarea
              id="draft-text"
              name="text"
              rows={12}
              maxLength={4000}
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-invalid={state.fieldErrors?.text ? true : undefined}
              aria-describedby={state.fieldErrors?.text ? "draft-text-error" : undefined}
              className="block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-sm"
            />
            {state.fieldErrors?.text && (
              <p id="draft-text-error" className="text-sm text-red-700">
                {state.fieldErrors.text}
              </p>
            )}
          </div>
          <div className="space-y-1">
            <label htmlFor="draft-link" className="block text-sm font-medium text-slate-800">
              {labels.link}
            </label>
            <input
              id="draft-link"
              readOnly
              value={draft.url}
              aria-describedby="draft-link-hint"
              className="block w-full rounded-md border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-xs"
            />
            <p id="draft-link-hint" className="text-xs text-slate-600">
              {labels.linkHint.replace("{date}", draft.validUntil).replace("{reseller}", draft.resellerName)}
            </p>
          </div>
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <CopyButton value={full} label={labels.copy} copiedLabel={labels.copied} />
          <a
            href={mailto}
            className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100"
          >
            {labels.mailto}
          </a>
          <SubmitButton>{labels.send}</SubmitButton>
          <Link href="/indirect-resellers" className="text-sm text-brand-700 underline">
            {labels.doneWithoutSending}
          </Link>
        </div>
      </form>
    </section>
  );
}
