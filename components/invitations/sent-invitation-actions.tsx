"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { StateAlert } from "@/components/ui/refusal";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { CopyButton } from "@/components/ui/copy-button";
import { Input } from "@/components/ui/input";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/form-state";
import { invitationTexts, type InvitationUiKind } from "./invitation-texts";

/** What Resend returns: the new personal link, shown once in the row (R16). */
export type ResendInvitationState = FormState & { url?: string };

/**
 * Resend (a new link, shown here once; the old one dies) and Revoke for one of the partner's own
 * invitations of any kind (R16). Revoke asks first (a confirm dialog) and announces its outcome as a
 * toast; the buttons show while the invitation can still be changed (`open`: pending or expired).
 */
export function SentInvitationActions(props: {
  invitationId: string;
  /** The recipient's address, named by Revoke's confirmation; null: none yet. */
  invitee: string | null;
  open: boolean;
  /** The buttons' accessible names, naming the invitation's recipient. */
  resendLabel: string;
  revokeLabel: string;
  resendAction: (state: ResendInvitationState, data: FormData) => Promise<ResendInvitationState>;
  revokeAction: (state: FormState, data: FormData) => Promise<FormState>;
  kind: InvitationUiKind;
}) {
  const [resent, resend] = useActionState(props.resendAction, { status: "idle" } as ResendInvitationState);
  const t = useTranslations();
  const texts = invitationTexts[props.kind];
  const linkId = `new-link-${props.invitationId}`;
  return (
    <div className="space-y-2">
      <StateAlert state={resent} />
      {resent.url && props.open && (
        <div className="space-y-1">
          <label htmlFor={linkId} className="block text-xs font-medium">
            {t(texts.newLink)}
          </label>
          <Input id={linkId} readOnly value={resent.url} data-testid="resent-link" className="px-2 py-1 text-xs" />
          <CopyButton value={resent.url} label={t(texts.copy)} copiedLabel={t(texts.copied)} />
        </div>
      )}
      {props.open && (
        <div className="flex flex-wrap gap-2">
          <form action={resend}>
            <input type="hidden" name="unverifiedInvitationId" value={props.invitationId} />
            <SubmitButton variant="secondary" aria-label={props.resendLabel}>
              {t(texts.resend)}
            </SubmitButton>
          </form>
          <ConfirmDialog
            trigger={
              <Button variant="destructive-outline" aria-label={props.revokeLabel}>
                {t(texts.revoke)}
              </Button>
            }
            title={t("confirm.revokeInvitation.title")}
            description={
              props.invitee
                ? t("confirm.revokeInvitation.body", { email: props.invitee })
                : t("confirm.revokeInvitation.bodyNoAddress")
            }
            confirmLabel={t("confirm.revokeInvitation.submit")}
            action={props.revokeAction}
            fields={{ unverifiedInvitationId: props.invitationId }}
          />
        </div>
      )}
    </div>
  );
}
