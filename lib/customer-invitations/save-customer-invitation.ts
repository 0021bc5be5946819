import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { ruleViolation } from "@/lib/errors";
import type { Channel } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { invitationUrl } from "@/lib/invitations/invitation-links";
import { countInvitationEmail } from "@/lib/invitations/invitation-rate-limit";
import { newToken } from "@/lib/tokens";
import { preflightCustomerInvitation, type CustomerInvitationTarget } from "./preflight-customer-invitation";

/** The audit action of a new invitation link (the email itself is `invitation.sent`, written by Send). */
export const INVITATION_CREATED_ACTION = "invitation.created";

export type SavedCustomerInvitation = {
  invitationId: string;
  /** The raw token, returned exactly once: only its SHA-256 is stored (R16). */
  token: string;
  url: string;
  expiresAt: Date;
  email: string | null;
  locale: Locale;
  channel: Channel;
  partnerName: string;
  providerName: string | null;
};

/**
 * Shared by create-customer-request.ts and create-joint-invitation.ts (their callers checked the
 * permission and parsed the input). One transaction: the inviter's row lock serializes its
 * invitations, the pre-flight runs again and refuses with the first broken rule, the partner's
 * hourly invitation limit counts one (RATE_LIMITED), then the
 * invitation row (expiry = database now() + days) and an audit event in the inviter's tenant and,
 * for a joint invitation, the provider's.
 */
export async function saveCustomerInvitation(
  actor: UserActor,
  target: CustomerInvitationTarget,
  input: { email?: string; expiresInDays: number; locale: Locale },
): Promise<SavedCustomerInvitation> {
  const { token, tokenHash } = newToken();
  const email = input.email ?? null;
  try {
    return await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM partner_organizations WHERE id = ${actor.partnerId}::uuid AND tenant_id = ${actor.tenantId}::uuid FOR NO KEY UPDATE`;
      const check = await preflightCustomerInvitation(actor, target, input.email, tx);
      if (check.violations.length > 0) throw check.violations[0];
      await countInvitationEmail(tx, check.inviter.id);
      const [{ expiresAt }] = await tx.$queryRaw<
        { expiresAt: Date }[]
      >`SELECT now() + make_interval(days => ${input.expiresInDays}::int) AS "expiresAt"`;
      const invitation = await tx.invitation.create({
        data: {
          kind: target.kind,
          inviterId: check.inviter.id,
          coInviterId: check.provider?.id ?? null,
          sentByUserId: actor.userId,
          intendedEmail: email,
          intendedTenantKind: "CUSTOMER",
          locale: input.locale,
          tokenHash,
          expiresAt,
        },
        select: { id: true },
      });
      const after = {
        kind: target.kind,
        to: email,
        channel: check.channel,
        provider: check.provider?.legalName ?? null,
        reseller: check.provider ? check.inviter.legalName : null,
        expiresAt: expiresAt.toISOString(),
      };
      for (const tenantId of [check.inviter.tenantId, ...(check.provider ? [check.provider.tenantId] : [])]) {
        await recordAuditEvent(tx, {
          actor,
          tenantId,
          action: INVITATION_CREATED_ACTION,
          target: { type: "invitation", id: invitation.id, label: email ?? check.inviter.legalName },
          after,
        });
      }
      return {
        invitationId: invitation.id,
        token,
        url: invitationUrl(target.kind, token),
        expiresAt,
        email,
        locale: input.locale,
        channel: check.channel,
        partnerName: check.inviter.legalName,
        providerName: check.provider?.legalName ?? null,
      };
    });
  } catch (error) {
    // invitation_one_pending: a concurrent invitation to the same address won the race.
    if (
      isUniqueViolation(error, "intended_email") ||
      isUniqueViolation(error, "intendedEmail") ||
      isUniqueViolation(error, "invitation_one_pending")
    ) {
      throw ruleViolation(
        "R16",
        `a pending invitation to ${email} already exists. Resend or revoke it under Sent requests.`,
        undefined,
        {
          messageKey: "invites.preflight.duplicatePending",
          vars: { email: email ?? "" },
        },
      );
    }
    throw error;
  }
}
