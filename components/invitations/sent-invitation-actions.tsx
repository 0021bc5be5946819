"use client";
import { useActionState } from "react";
import { Alert } from "@/components/ui/alert";
import { CopyButton } from "@/components/ui/copy-button";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/forms";

/** What Resend returns: the new personal link, shown once in the row (R16). */
export type ResendInvitationState = FormState & { url?: string };

export type SentInvitationActionLabels = {
  resend: string;
  revoke: string;
  newLink: string;
  copy: string;
  copied: string;
};

/**
 * Resend (a new link, shown here once; the old one dies) and Revoke for one of the partner's own
 * invitations of any kind (R16). The outcome stays in the row after the list refreshes; the
 * buttons show while the invitation can still be changed (`open`: pending or expired).
 */
export function SentInvitationActions(props: {
  invitationId: string;
  open: boolean;
  /** The buttons' accessible names, naming the invitation's recipient. */
  resendLabel: string;
  revokeLabel: string;
  resendAction: (state: ResendInvitationState, data: FormData) => Promise<ResendInvitationState>;
  revokeAction: (state: FormState, data: FormData) => Promise<FormState>;
  labels: SentInvitationActionLabels;
}) {
  const [resent, resend] = useActionState(props.resendAction, { status: "idle" } as ResendInvitationState);
  const [revoked, revoke] = useActionState(props.revokeAction, { status: "idle" } as FormState);
  const { labels } = props;
  const linkId = `new-link-${props.invitationId}`;
  return (
    <div className="space-y-2">
      {revoked.message && <Alert tone={revoked.status === "error" ? "error" : "success"}>{revoked.message}</Alert>}
      {resent.message && <Alert tone={resent.status === "error" ? "error" : "success"}>{resent.message}</Alert>}
      {resent.url && revoked.status !== "ok" && (
        <div className="space-y-1">
          <label htmlFor={linkId} className="block text-xs font-medium">
            {labels.newLink}
          </label>
          <input
            id={linkId}
            readOnly
            value={resent.url}
            data-testid="resent-link"
            className="block w-full rounded-md border border-slate-400 bg-white px-2 py-1 text-xs"
          />
          <CopyButton value={resent.url} label={labels.copy} copiedLabel={labels.copied} />
        </div>
      )}
      {props.open && revoked.status !== "ok" && (
        <div className="flex flex-wrap gap-2">
          <form action={resend}>
            <input type="hidden" name="unverifiedInvitationId" value={props.invitationId} />
            <SubmitButton variant="secondary" aria-label={props.resendLabel}>
              {labels.resend}
            </SubmitButton>
          </form>
          <form action={revoke}>
            <input type="hidden" name="unverifiedInvitationId" value={props.invitationId} />
            <SubmitButton variant="destructive" aria-label={props.revokeLabel}>
              {labels.revoke}
            </SubmitButton>
          </form>
        </div>
      )}
    </div>
  );
}
