import "server-only";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { db } from "@/lib/db/client";
import type { DomainError } from "@/lib/errors";
import { type Region, regionOf } from "@/lib/regions";
import { findInvitationByToken } from "@/lib/invitations/find-invitation";
import { listGlobalAdminNames } from "@/lib/invitations/invitation-refusals";
import { invitedResellerId, listPartnershipViolations, partnerForRulesSelect } from "./partnership-rules";
import { RESELLER_INVITATION_KINDS } from "./reseller-invitation-kinds";

/** Who invites, as the landing page shows it. */
export type LandingInvitation = {
  providerName: string;
  providerPnId: string;
  providerCountry: string;
  providerRegion: Region;
  /** The invited reseller's legal name: the one picked, or the enrolled partner the address belongs to; null if neither. */
  invitedName: string | null;
  expiresAt: Date;
};

export type ProviderInvitationLanding =
  | { state: "invalid" }
  | { state: "accepted"; invitation: LandingInvitation; ownOrganization: boolean }
  | { state: "revoked" | "declined" | "expired" | "signedOut"; invitation: LandingInvitation }
  | { state: "wrongTenant"; invitation: LandingInvitation; tenantName: string }
  | { state: "notGlobalAdmin"; invitation: LandingInvitation; globalAdmins: string[] }
  /** The reseller's Global admin could authorize, but a partnership rule would refuse (R2, R14, existing relationship). */
  | { state: "blocked"; invitation: LandingInvitation; violations: DomainError[] }
  | { state: "ready"; invitation: LandingInvitation; resellerName: string };

/**
 * What the provider-invitation landing page shows for a link and the signed-in user (or none):
 * every state of R16 — invalid link, already accepted, revoked, declined, expired (database
 * clock), signed out, signed in to the wrong tenant (another partner or a customer tenant),
 * without Global admin (R6, with who can), a rule that would refuse, or ready to authorize.
 * Reads only: opening the link changes nothing.
 */
export async function getProviderInvitationLanding(
  token: unknown,
  user: SessionUser | null,
): Promise<ProviderInvitationLanding> {
  const invitation = await findInvitationByToken(db(), token, RESELLER_INVITATION_KINDS.kinds);
  if (!invitation) return { state: "invalid" };
  const resellerId = await invitedResellerId(db(), invitation);
  const [provider, invited] = await Promise.all([
    db().partnerOrganization.findUniqueOrThrow({ where: { id: invitation.inviterId }, select: partnerForRulesSelect }),
    resellerId ? db().partnerOrganization.findUnique({ where: { id: resellerId }, select: { legalName: true } }) : null,
  ]);
  const shown: LandingInvitation = {
    providerName: provider.legalName,
    providerPnId: provider.pnId,
    providerCountry: provider.countryCode,
    providerRegion: regionOf(provider.countryCode),
    invitedName: invited?.legalName ?? null,
    expiresAt: invitation.expiresAt,
  };
  const own = Boolean(user && resellerId && user.partnerId === resellerId);
  if (invitation.status === "ACCEPTED") return { state: "accepted", invitation: shown, ownOrganization: own };
  if (invitation.status === "REVOKED") return { state: "revoked", invitation: shown };
  if (invitation.status === "DECLINED") return { state: "declined", invitation: shown };
  if (invitation.expired) return { state: "expired", invitation: shown };
  if (!user) return { state: "signedOut", invitation: shown };
  if (!own || user.tenantKind !== "PARTNER")
    return { state: "wrongTenant", invitation: shown, tenantName: user.tenantName };
  if (user.adminRole !== "GLOBAL_ADMIN")
    return {
      state: "notGlobalAdmin",
      invitation: shown,
      globalAdmins: await listGlobalAdminNames(db(), "RESELLER_PARTNERSHIP", user.tenantId),
    };
  const reseller = await db().partnerOrganization.findUniqueOrThrow({
    where: { id: resellerId! },
    select: partnerForRulesSelect,
  });
  const violations = await listPartnershipViolations(db(), provider, reseller);
  if (violations.length > 0) return { state: "blocked", invitation: shown, violations };
  return { state: "ready", invitation: shown, resellerName: reseller.legalName };
}
