import type { EnqueueEmailInput } from "@/lib/email/enqueue-email";
import type { Permission } from "@/lib/authz/permissions";
import type { Tx } from "@/lib/db/client";
import type { DomainError, RuleId } from "@/lib/errors";
import type { InvitationKind, TenantKind } from "@/lib/generated/prisma/enums";
import type { MessageKey } from "@/lib/i18n/messages/en";

// THE table of invitation kinds (R16). Everything lib/invitations does — create, find by token,
// send, resend, revoke, the refusal record, sender notices, expiry notices — reads a kind's entry
// here; the kind's own rules stay in its area and come in through `InvitationKindRules`:
// - RESELLER_PARTNERSHIP: lib/provider-reseller-relationships (pre-flight
//   `preflight-reseller-invitation.ts`, acceptance `authorize-indirect-provider.ts`);
// - CUSTOMER_RELATIONSHIP / CUSTOMER_JOINT: lib/customer-invitations (pre-flight and recipient
//   rule `preflight-customer-invitation.ts`, acceptance `accept-customer-invitation.ts` and
//   `create-customer-account-and-accept.ts`).
// lib/invitations never imports those areas; they import this. A new kind is one entry here plus
// its area's rules and acceptance.

/** The names an invitation email and its draft show. */
export type InvitationParties = { inviterName: string; coInviterName?: string | null; targetName?: string | null };

export type InvitationLink = { url: string; message?: string; expiresInDays: number };

type InvitationEmailContent =
  | Pick<EnqueueEmailInput<"reseller-invitation">, "template" | "props">
  | Pick<EnqueueEmailInput<"customer-invitation">, "template" | "props">;

export type InvitationKindSpec = {
  /** SPEC §2: who creates, sends, resends and revokes an invitation of this kind. */
  permission: Permission;
  /** Who accepts: a Global admin of a tenant of this kind (the row's intended_tenant_kind). */
  intendedTenantKind: TenantKind;
  /** The link's landing page, where the kind's acceptance runs. */
  landingPath: string;
  /** The sender's list of these invitations (its actions revalidate it). */
  listPath: string;
  /** Where an update notice to the sender (accepted, declined, refused, expired) points. */
  noticePath: string;
  /** Send keeps the address the pre-flight checked (true), or takes or changes it and checks it then (false). */
  recipientFixed: boolean;
  /** The invitation email: template and props. */
  email: (parties: InvitationParties, link: InvitationLink) => InvitationEmailContent;
  /** The draft's default text, in the email's language (placeholders: inviter, coInviter, target, sender, vendor). */
  draftText: MessageKey;
  /** R16: the refusal for a second pending invitation to the same address (placeholder: email). */
  duplicatePending: MessageKey;
  /** R16: why a link can't be used any more, by state ("acceptedByYou": the viewer's tenant accepted it). */
  stateRefusals: Record<"ACCEPTED" | "REVOKED" | "DECLINED" | "EXPIRED", MessageKey> & { acceptedByYou?: MessageKey };
  /** R16: signed in to another organization than the invited one (placeholder: tenant). */
  wrongTenant: MessageKey;
  /** Only a Global admin accepts (or declines): the rule and sentence (placeholder: names). */
  notGlobalAdmin: { rule: RuleId; accept: MessageKey; decline?: MessageKey; namesWithEmail: boolean };
};

const customerEmail: InvitationKindSpec["email"] = (parties, link) => ({
  template: "customer-invitation",
  props: {
    partnerName: parties.inviterName,
    providerName: parties.coInviterName ?? undefined,
    invitationUrl: link.url,
    message: link.message,
    expiresInDays: link.expiresInDays,
  },
});

const customerKind = {
  permission: "customer-request",
  intendedTenantKind: "CUSTOMER",
  landingPath: "/invitations/customer",
  listPath: "/customers/requests",
  noticePath: "/customers",
  recipientFixed: false,
  email: customerEmail,
  duplicatePending: "invites.preflight.duplicatePending",
  stateRefusals: {
    ACCEPTED: "invites.accept.alreadyAccepted",
    acceptedByYou: "invites.accept.alreadyAcceptedByYou",
    REVOKED: "invites.accept.revoked",
    DECLINED: "invites.accept.declined",
    EXPIRED: "invites.accept.expired",
  },
  wrongTenant: "invites.landing.wrongTenantBody",
  notGlobalAdmin: {
    rule: "R16",
    accept: "invites.accept.notGlobalAdmin",
    decline: "invites.decline.notGlobalAdmin",
    namesWithEmail: true,
  },
} as const satisfies Omit<InvitationKindSpec, "draftText">;

export const INVITATION_KINDS: Record<InvitationKind, InvitationKindSpec> = {
  /** A provider invites an indirect reseller; the reseller's Global admin authorizes it (R6). */
  RESELLER_PARTNERSHIP: {
    permission: "reseller-invite",
    intendedTenantKind: "PARTNER",
    landingPath: "/invitations/provider",
    listPath: "/indirect-resellers",
    noticePath: "/indirect-resellers",
    recipientFixed: true,
    email: (parties, link) => ({
      template: "reseller-invitation",
      props: {
        providerName: parties.inviterName,
        invitationUrl: link.url,
        message: link.message,
        expiresInDays: link.expiresInDays,
      },
    }),
    draftText: "partnerships.draft.defaultText",
    duplicatePending: "partnerships.rules.pending",
    stateRefusals: {
      ACCEPTED: "partnerships.landing.accepted.body",
      REVOKED: "partnerships.landing.revoked.body",
      DECLINED: "partnerships.landing.declined.body",
      EXPIRED: "partnerships.landing.expired.body",
    },
    wrongTenant: "partnerships.landing.wrongTenant.body",
    notGlobalAdmin: { rule: "R6", accept: "partnerships.landing.notGlobalAdmin.body", namesWithEmail: false },
  },
  /** A partner asks a customer for a reseller relationship (direct bill or indirect, R10). */
  CUSTOMER_RELATIONSHIP: { ...customerKind, draftText: "invites.draft.defaultText.request" },
  /** A reseller and its provider ask a customer together: both relationships or neither (R8). */
  CUSTOMER_JOINT: { ...customerKind, draftText: "invites.draft.defaultText.joint" },
};

/** The partners on an invitation row: the inviter and, for a joint invitation, the co-inviting provider. */
export type InvitationPartners = { id: string; inviterId: string; coInviterId: string | null };

/** The partners who take part (and get a relationship when a customer accepts, R8). */
export const partnerIdsOf = (invitation: Pick<InvitationPartners, "inviterId" | "coInviterId">) =>
  invitation.coInviterId ? [invitation.inviterId, invitation.coInviterId] : [invitation.inviterId];

/**
 * What a kind's own area adds to the generic steps, for the kinds one page handles: the page's
 * send, resend and revoke pass it, so a page can't touch another page's invitations (NOT_FOUND).
 */
export type InvitationKindRules = {
  kinds: readonly InvitationKind[];
  /** R16 at Send, for kinds whose address may be set or changed on the draft: every rule the new address breaks. */
  checkRecipient?: (tx: Tx, invitation: InvitationPartners, email: string) => Promise<DomainError[]>;
};

/** A kind's pre-flight as creation re-runs it under the inviter's row lock: who takes part and every broken rule. */
export type InvitationPreflight = {
  violations: DomainError[];
  inviter: { id: string; legalName: string; tenantId: string };
  coInviter?: { id: string; legalName: string; tenantId: string } | null;
  /** The partner the invitation is bound to (a picked reseller). */
  target?: { id: string; legalName: string } | null;
  /** Kind-specific facts for the `invitation.created` audit event. */
  audit?: Record<string, string | null>;
};

export type RunPreflight = (tx: Tx) => Promise<InvitationPreflight>;
