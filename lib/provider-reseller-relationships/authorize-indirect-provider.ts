import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { reloadActor } from "@/lib/authz/reload-actor";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { type DomainError, notFound } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/locales";
import {
  changedMeanwhileRefusal,
  claimInvitation,
  findInvitationByToken,
  findPendingInvitation,
  type InvitationRow,
} from "@/lib/invitations/find-invitation";
import { notGlobalAdminRefusal, wrongTenantRefusal } from "@/lib/invitations/invitation-refusals";
import { recordInvitationRefusal } from "@/lib/invitations/record-invitation-refusal";
import {
  alreadyLinked,
  invitedResellerId,
  listPartnershipViolations,
  partnerForRulesSelect,
  type PartnerForRules,
} from "./partnership-rules";
import { RESELLER_INVITATION_KINDS } from "./reseller-invitation-kinds";

export type AuthorizedProvider = { relationshipId: string; providerName: string; resellerName: string };

type Outcome = { ok: AuthorizedProvider } | { refused: DomainError; invitation: InvitationRow; resellerName: string };

const KINDS = RESELLER_INVITATION_KINDS.kinds;

/**
 * "Authorize indirect provider" on the landing page (a POST by a signed-in user; R6, R2, R14, R16):
 * the acceptance of a RESELLER_PARTNERSHIP invitation. The invitation must be pending and
 * unexpired (database clock); the user's organization must be the invited reseller (a customer
 * tenant or another partner is "the wrong tenant"); only its Global admin authorizes (R6,
 * P-provider-accept; roles re-read from the database); the pair must still pass the partnership
 * rules (enrolled reseller, R14, R2, no active relationship). One transaction: lib/invitations'
 * conditional claim (UPDATE … WHERE status = 'PENDING' AND expires_at > now()) plus the
 * provider_reseller_one_active index make concurrent clicks yield exactly one relationship; the
 * relationship row, audit events in both tenants and the provider's PROVIDER_AUTHORIZED email
 * commit with it. A rule refusal is recorded for the provider afterwards (lib/invitations).
 */
export async function authorizeIndirectProvider(
  actor: UserActor,
  input: { token: unknown },
): Promise<AuthorizedProvider> {
  if (actor?.kind !== "user" || !actor.userId) throw notFound("invitation");
  let outcome: Outcome;
  try {
    outcome = await db().$transaction(async (tx): Promise<Outcome> => {
      const invitation = await findPendingInvitation(tx, input.token, KINDS);
      // Roles, status and the session (version, revocation) re-read from the database.
      const user = await reloadActor(tx, actor);
      const resellerId = await invitedResellerId(tx, invitation);
      if (!resellerId || user.partnerId !== resellerId) {
        const tenant = await tx.tenant.findUniqueOrThrow({ where: { id: user.tenantId }, select: { name: true } });
        throw wrongTenantRefusal(invitation.kind, tenant.name);
      }
      if (user.adminRole !== "GLOBAL_ADMIN") throw await notGlobalAdminRefusal(tx, invitation.kind, user.tenantId);
      const [provider, reseller] = await Promise.all([
        tx.partnerOrganization.findUniqueOrThrow({
          where: { id: invitation.inviterId },
          select: { ...partnerForRulesSelect, contactEmail: true },
        }),
        tx.partnerOrganization.findUniqueOrThrow({ where: { id: resellerId }, select: partnerForRulesSelect }),
      ]);
      const [violation] = await listPartnershipViolations(tx, provider, reseller);
      if (violation) return { refused: violation, invitation, resellerName: reseller.legalName };

      const by = { userId: user.userId, tenantId: user.tenantId };
      const accepted = await claimInvitation(tx, invitation.id, String(input.token), by);
      // Accepted, revoked or resent (a new token) since the lookup: say what the link is now.
      if (!accepted) throw await changedMeanwhileRefusal(tx, input.token, KINDS);
      const relationship = await tx.providerResellerRelationship.create({
        data: { providerId: provider.id, resellerId: reseller.id, invitationId: invitation.id },
        select: { id: true, startedAt: true },
      });
      const after = {
        provider: provider.legalName,
        providerPnId: provider.pnId,
        reseller: reseller.legalName,
        resellerPnId: reseller.pnId,
        invitationId: invitation.id,
      };
      for (const tenantId of [provider.tenantId, reseller.tenantId]) {
        await recordAuditEvent(tx, {
          actor,
          tenantId,
          action: "relationship.provider_authorized",
          target: {
            type: "provider_reseller_relationship",
            id: relationship.id,
            label: `${provider.legalName} → ${reseller.legalName}`,
          },
          after,
        });
      }
      await recordAuditEvent(tx, {
        actor,
        tenantId: provider.tenantId,
        action: "invitation.accepted",
        // The provider's log names the reseller organization, never its user (recordAuditEvent).
        target: { type: "invitation", id: invitation.id, label: reseller.legalName },
        before: { status: "PENDING" },
        after: { status: "ACCEPTED", acceptedBy: reseller.legalName },
      });
      await notifyProvider(tx, invitation, provider, reseller);
      return {
        ok: { relationshipId: relationship.id, providerName: provider.legalName, resellerName: reseller.legalName },
      };
    });
  } catch (error) {
    // provider_reseller_one_active: another invitation of the same pair was authorized at the same moment.
    if (isUniqueViolation(error)) throw await alreadyLinkedRefusal(input.token);
    throw error;
  }
  if ("refused" in outcome) {
    const { refused, invitation, resellerName } = outcome;
    const ruleId = refused.details.rule ?? refused.code;
    await recordInvitationRefusal({ invitation, ruleId, refusal: refused, actor, inviteeName: resellerName });
    throw refused;
  }
  wakeEmailWorker();
  return outcome.ok;
}

/**
 * The refusal after the provider_reseller_one_active race, worded like the pre-flight's "existing"
 * rule (R16: the pair already has an active relationship): names both partners, localized.
 */
async function alreadyLinkedRefusal(token: unknown): Promise<DomainError> {
  const invitation = await findInvitationByToken(db(), token, KINDS);
  const resellerId = invitation && (await invitedResellerId(db(), invitation));
  const [provider, reseller] = await Promise.all([
    invitation
      ? db().partnerOrganization.findUnique({ where: { id: invitation.inviterId }, select: { legalName: true } })
      : null,
    resellerId ? db().partnerOrganization.findUnique({ where: { id: resellerId }, select: { legalName: true } }) : null,
  ]);
  return alreadyLinked(provider?.legalName ?? "—", reseller?.legalName ?? "—", "R16");
}

/** PROVIDER_AUTHORIZED to the user who sent the invitation (while active), else to the provider's primary contact: one email. */
async function notifyProvider(
  tx: Tx,
  invitation: InvitationRow,
  provider: PartnerForRules & { contactEmail: string },
  reseller: PartnerForRules,
) {
  const sender = invitation.sentByUserId
    ? await tx.user.findFirst({
        where: { id: invitation.sentByUserId, tenantId: provider.tenantId, status: "ACTIVE" },
        select: { email: true, preferredLocale: true },
      })
    : null;
  const locale = sender?.preferredLocale ?? invitation.locale;
  await enqueueEmail(tx, {
    to: sender?.email ?? provider.contactEmail,
    template: "relationship-notice",
    locale: isLocale(locale) ? locale : "en",
    tenantId: provider.tenantId,
    props: {
      kind: "PROVIDER_AUTHORIZED",
      organizationName: provider.legalName,
      counterpartName: reseller.legalName,
      detailsUrl: appUrl("/indirect-resellers"),
    },
  });
}
