// The catalogue of audit actions (SPEC §6): every action a domain function records, in the
// order the audit log's filter lists them, each with an EN/DE label ("audit.action.<name>").
// Labels live with each area's messages (e.g. invites-en.ts); an action without a label still
// shows, under its code.
import { en, type MessageKey } from "@/lib/i18n/messages/en";

export const AUDIT_ACTIONS = [
  "tenant.created",
  "enrollment.submitted",
  "enrollment.email_verified",
  "enrollment.approved",
  "enrollment.rejected",
  "agreement.accepted",
  "agreement.indirect_reseller_accepted",
  "partner.profile_updated",
  "partner.indirect_move_eligibility_changed",
  "user.created",
  "user.roles_changed",
  "user.password_reset",
  "user.password_changed",
  "user.signed_out_everywhere",
  "user.disabled",
  "user.enabled",
  "user.removed",
  "invitation.created",
  "invitation.sent",
  "invitation.resent",
  "invitation.revoked",
  "invitation.accepted",
  "invitation.declined",
  "invitation.refused",
  "invitation.expired",
  "relationship.provider_authorized",
  "relationship.provider_reseller_ended",
  "relationship.customer_established",
  "customer.created",
  "subscription.created",
  "support.request_created",
  "support.replied",
  "support.closed",
  "email.retried",
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What an action code may look like: dotted lower-case words, at most 64 characters (the column). */
export const AUDIT_ACTION_PATTERN = /^[a-z][a-z_]*(\.[a-z][a-z_]*)+$/;

/** The label's message key, or null for an action not (yet) in the catalogue. */
export function auditActionLabelKey(action: string): MessageKey | null {
  const key = `audit.action.${action}`;
  return key in en ? (key as MessageKey) : null;
}

/** Catalogue order first, then unknown codes alphabetically. */
export function sortAuditActions(actions: Iterable<string>): string[] {
  const rank = (action: string) => {
    const index = (AUDIT_ACTIONS as readonly string[]).indexOf(action);
    return index === -1 ? AUDIT_ACTIONS.length : index;
  };
  return [...new Set(actions)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}
