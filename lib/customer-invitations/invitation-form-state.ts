import type { DomainError } from "@/lib/errors";
import { refusalMessage, type FormState } from "@/lib/forms";
import type { Translate } from "@/lib/i18n/translate";

// What the customer-invitation pages' actions return (shared by the request and the joint
// invitation pages and their client components).

/** The draft after creating an invitation: the raw token lives only in this response (R16). */
export type InvitationDraft = {
  invitationId: string;
  token: string;
  url: string;
  email: string | null;
  subject: string;
  text: string;
  /** The link's expiry, formatted in the page's language. */
  expiresOn: string;
};

export type InvitationFormState = FormState & {
  /** After "Check": true when no rule would fail. */
  passed?: boolean;
  /** Every rule that would fail, each naming itself, in the page's language. */
  problems?: string[];
  draft?: InvitationDraft;
};

export type SendInvitationState = FormState & { sentTo?: string; problems?: string[] };

export type ResendInvitationState = FormState & { url?: string };

/** Pre-flight violations → the messages people read ("R1: …"), in the page's language. */
export const describeViolations = (violations: DomainError[], t: Translate): string[] =>
  violations.map((violation) => refusalMessage(violation, t));
