"use client";
import { Mail } from "lucide-react";
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { RefusalList, StateAlert } from "@/components/ui/refusal";
import { SubmitButton } from "@/components/ui/submit-button";
import { Textarea } from "@/components/ui/input";
import { TextField } from "@/components/ui/text-field";
import type { RefusalParts } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { invitationTexts, type InvitationUiKind } from "./invitation-texts";

/** A just-created invitation's draft (any kind): the raw token lives only in this response and this component's state (R16). */
export type InvitationDraft = {
  invitationId: string;
  token: string;
  url: string;
  /** The checked address (fixed for a reseller invitation); null: the partner enters one before Send, or copies the draft. */
  email: string | null;
  subject: string;
  text: string;
  /** Until when the link works and for whom, in the page's language. */
  notice: string;
};

/** What Send returns: the address it went to, or the rules the new address breaks (R16). */
export type SendInvitationState = FormState & { sentTo?: string; problems?: RefusalParts[] };

/** mailto: keeps "@" readable (RFC 6068); everything else of the address is encoded. */
const mailtoAddress = (email: string | null) => encodeURIComponent(email ?? "").replace(/%40/g, "@");

/**
 * The draft of a just-created invitation of any kind (R16): the text is editable, the personal
 * link stays read-only beside it and is always part of the email; Copy (text + link), Open in
 * mail app (mailto: with subject, text and link), Send through the outbox (the address: the
 * checked one, or entered here), Done. The raw token is never stored and never shown again.
 */
export function InvitationDraftPanel(props: {
  draft: InvitationDraft;
  sendAction: (state: SendInvitationState, data: FormData) => Promise<SendInvitationState>;
  kind: InvitationUiKind;
  doneHref: string;
}) {
  const { draft } = props;
  const t = useTranslations();
  const texts = invitationTexts[props.kind];
  const [text, setText] = useState(draft.text);
  const [sendState, sendFormAction] = useActionState(props.sendAction, { status: "idle" } as SendInvitationState);
  const full = `${text.trim()}\n\n${draft.url}`;
  const mailto = `mailto:${mailtoAddress(draft.email)}?subject=${encodeURIComponent(draft.subject)}&body=${encodeURIComponent(full)}`;
  const textError = sendState.fieldErrors?.text;
  const hints = [texts.textHint && "draft-text-hint", textError && "draft-text-error"].filter(Boolean).join(" ");

  return (
    <section aria-labelledby="draft-title" className="space-y-4">
      <h2 id="draft-title" className="text-xl font-semibold">
        {t(texts.draftTitle)}
      </h2>
      {texts.draftIntro && <p className="text-sm text-slate-700">{t(texts.draftIntro)}</p>}
      <Alert tone="info">{draft.notice}</Alert>
      <div className="grid gap-6 lg:grid-cols-2">
        <div className="space-y-3">
          <p className="text-sm">
            <span className="font-medium">{t(texts.subject)}: </span>
            <span data-testid="draft-subject">{draft.subject}</span>
          </p>
          <div className="space-y-1">
            <label htmlFor="draft-text" className="block text-sm font-medium text-slate-800">
              {t(texts.text)}
            </label>
            <Textarea
              id="draft-text"
              rows={12}
              maxLength={4000}
              value={text}
              onChange={(event) => setText(event.target.value)}
              aria-describedby={hints || undefined}
              aria-invalid={textError ? true : undefined}
            />
            {texts.textHint && (
              <p id="draft-text-hint" className="text-xs text-slate-600">
                {t(texts.textHint)}
              </p>
            )}
            {textError && (
              <p id="draft-text-error" className="text-sm text-red-700">
                {textError}
              </p>
            )}
          </div>
        </div>
        <div className="space-y-3">
          <TextField
            label={t(texts.link)}
            name="link"
            id="draft-link"
            readOnly
            value={draft.url}
            data-testid="invitation-link"
          />
          <div className="flex flex-wrap items-center gap-3">
            <CopyButton value={full} label={t(texts.copy)} copiedLabel={t(texts.copied)} />
            <a href={mailto} className={buttonVariants({ variant: "secondary", size: "sm" })}>
              <Mail aria-hidden="true" />
              {t(texts.openMail)}
            </a>
          </div>
        </div>
      </div>

      <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-4">
        {texts.sendTitle && <h3 className="font-semibold">{t(texts.sendTitle)}</h3>}
        {sendState.sentTo ? (
          <Alert tone="success">{texts.sent && t(texts.sent, { email: sendState.sentTo })}</Alert>
        ) : (
          <form action={sendFormAction} className="max-w-lg space-y-3" noValidate>
            {sendState.problems && sendState.problems.length > 0 ? (
              <Alert tone="error" title={t(texts.failed)}>
                <RefusalList refusals={sendState.problems} />
              </Alert>
            ) : (
              <StateAlert state={sendState} errorsOnly />
            )}
            <input type="hidden" name="unverifiedInvitationId" value={draft.invitationId} />
            <input type="hidden" name="token" value={draft.token} />
            <input type="hidden" name="text" value={text} />
            {draft.email ? (
              <>
                <p className="text-sm">
                  <span className="font-medium">{t(texts.to)}: </span>
                  {draft.email}
                </p>
                <input type="hidden" name="to" value={draft.email} />
              </>
            ) : (
              <TextField
                label={t(texts.to)}
                name="to"
                type="email"
                required
                maxLength={254}
                autoComplete="off"
                defaultValue={sendState.values?.to ?? ""}
                error={sendState.fieldErrors?.to}
              />
            )}
            <SubmitButton>{t(texts.send)}</SubmitButton>
          </form>
        )}
      </div>
      <Button asChild>
        <Link href={props.doneHref}>{t(texts.done)}</Link>
      </Button>
    </section>
  );
}
