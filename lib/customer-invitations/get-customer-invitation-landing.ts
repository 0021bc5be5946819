import "server-only";
import { db } from "@/lib/db/client";
import type { DomainError } from "@/lib/errors";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";
import { regionOf, type Region } from "@/lib/regions";
import { listCustomerRuleViolations } from "@/lib/customers/customer-relationship-rules";
import { findInvitationByToken } from "@/lib/invitations/find-invitation";
import { partnerIdsOf } from "@/lib/invitations/invitation-kinds";
import { listGlobalAdminNames } from "@/lib/invitations/invitation-refusals";
import { findIntendedTenant } from "./customer-invitation-access";
import { CUSTOMER_INVITATION_KINDS } from "./customer-invitation-kinds";
import { asCustomerInvitation } from "./establish-customer-relationships";

export type LandingParty = { name: string; countryCode: string; region: Region; pnId: string; supportEmail: string };

export type LandingInvitation = {
  kind: "CUSTOMER_RELATIONSHIP" | "CUSTOMER_JOINT";
  partner: LandingParty;
  /** A joint invitation's indirect provider (it gets a relationship too, R8). */
  provider: LandingParty | null;
  /** A single request from a direct-bill partner: it may also buy products for the customer (R10). */
  directBill: boolean;
  expiresAt: Date;
  /** The partner's personal message (the draft's text as sent), while the request is pending; else null. */
  message: string | null;
};

/** Who is looking at a pending invitation, and what they may do (R3, R16). */
export type LandingViewer =
  | { kind: "SIGNED_OUT" }
  /** R16 personalized: the request was sent to another (known) tenant's address; sign out and in again. */
  | { kind: "WRONG_TENANT"; tenantName: string }
  /** A partner tenant can never be the customer: R3's (or R4's) refusal, as acceptance would say it. */
  | { kind: "PARTNER_TENANT"; refusal: DomainError; tenantName: string }
  | { kind: "NOT_GLOBAL_ADMIN"; tenantName: string; globalAdmins: string[] }
  | { kind: "READY"; tenantName: string };

export type CustomerInvitationLanding =
  | { state: "INVALID" }
  | { state: "EXPIRED" | "REVOKED" | "DECLINED"; invitation: LandingInvitation }
  | { state: "ACCEPTED"; invitation: LandingInvitation; acceptedByViewer: boolean; acceptedAt: Date | null }
  | { state: "PENDING"; invitation: LandingInvitation; viewer: LandingViewer };

type Viewer = {
  userId: string;
  tenantId: string;
  tenantKind: "PARTNER" | "CUSTOMER";
  tenantName: string;
  adminRole: string;
} | null;

const partySelect = { legalName: true, countryCode: true, pnId: true, supportEmail: true } as const;
const partyOf = (row: {
  legalName: string;
  countryCode: string;
  pnId: string;
  supportEmail: string;
}): LandingParty => ({
  name: row.legalName,
  countryCode: row.countryCode,
  region: regionOf(row.countryCode),
  pnId: row.pnId,
  supportEmail: row.supportEmail,
});

/**
 * What the customer landing page shows for a link (R16): opening it only reads. An unknown or
 * malformed token (or another kind of invitation) is INVALID; otherwise who asks — the partner
 * and, for a joint invitation, its provider — the invitation's state by the database clock, and
 * for a pending one what the viewer may do: sign in, sign out of the wrong organization (R16: the
 * address belongs to another known tenant), nothing as a partner tenant (R3/R4 said as acceptance
 * would say it), ask a Global admin (named), or accept/decline.
 */
export async function getCustomerInvitationLanding(token: unknown, viewer: Viewer): Promise<CustomerInvitationLanding> {
  const found = await findInvitationByToken(db(), token, CUSTOMER_INVITATION_KINDS.kinds);
  if (!found) return { state: "INVALID" };
  const row = asCustomerInvitation(found);
  const [partner, provider, directBill] = await Promise.all([
    db().partnerOrganization.findUniqueOrThrow({ where: { id: row.inviterId }, select: partySelect }),
    row.coInviterId
      ? db().partnerOrganization.findUnique({ where: { id: row.coInviterId }, select: partySelect })
      : null,
    row.coInviterId
      ? 0
      : db().programEnrollment.count({
          where: { ...activeEnrollmentWhere, partnerId: row.inviterId, program: "DIRECT_BILL" },
        }),
  ]);
  const invitation: LandingInvitation = {
    kind: row.kind,
    partner: partyOf(partner),
    provider: provider ? partyOf(provider) : null,
    directBill: directBill > 0,
    expiresAt: row.expiresAt,
    message: row.status === "PENDING" && !row.expired ? row.message?.trim() || null : null,
  };
  if (row.status === "ACCEPTED") {
    const acceptedByViewer = !!viewer && row.acceptedTenantId === viewer.tenantId;
    return { state: "ACCEPTED", invitation, acceptedByViewer, acceptedAt: acceptedByViewer ? row.acceptedAt : null };
  }
  if (row.status === "REVOKED" || row.status === "DECLINED") return { state: row.status, invitation };
  if (row.expired) return { state: "EXPIRED", invitation };
  if (!viewer) return { state: "PENDING", invitation, viewer: { kind: "SIGNED_OUT" } };
  const intended = await findIntendedTenant(db(), row.intendedEmail);
  if (intended && intended.id !== viewer.tenantId)
    return { state: "PENDING", invitation, viewer: { kind: "WRONG_TENANT", tenantName: viewer.tenantName } };
  if (viewer.tenantKind === "PARTNER") {
    const [refusal] = await listCustomerRuleViolations(db(), {
      partnerIds: partnerIdsOf(row),
      customer: { tenantId: viewer.tenantId },
    });
    return {
      state: "PENDING",
      invitation,
      viewer: { kind: "PARTNER_TENANT", refusal: refusal!, tenantName: viewer.tenantName },
    };
  }
  if (viewer.adminRole !== "GLOBAL_ADMIN") {
    return {
      state: "PENDING",
      invitation,
      viewer: {
        kind: "NOT_GLOBAL_ADMIN",
        tenantName: viewer.tenantName,
        globalAdmins: await listGlobalAdminNames(db(), row.kind, viewer.tenantId),
      },
    };
  }
  return { state: "PENDING", invitation, viewer: { kind: "READY", tenantName: viewer.tenantName } };
}
