import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { ruleViolation, validationError } from "@/lib/errors";
import { fieldErrorsFrom } from "@/lib/forms";
import type { Locale } from "@/lib/i18n/locales";
import { invitationUrl } from "@/lib/invitations/invitation-links";
import { countInvitationEmail } from "@/lib/invitations/invitation-rate-limit";
import { newToken } from "@/lib/tokens";
import { preflightResellerInvitation } from "./preflight-reseller-invitation";
import { type ResellerInvitationInput, resellerInvitationSchema } from "./reseller-invitation-input";

/** The audit action of a new invitation link (the email itself is `invitation.sent`, written by Send). */
const INVITATION_CREATED_ACTION = "invitation.created";

export type CreatedResellerInvitation = {
  invitationId: string;
  /** The raw token, returned exactly once for the draft: only its SHA-256 is stored (R16). */
  token: string;
  url: string;
  expiresAt: Date;
  email: string;
  locale: Locale;
  providerName: string;
  resellerName: string;
};

/**
 * Creates a provider's invitation to an indirect reseller (P-reseller-invite; R2, R14, R16): the
 * provider's row lock serializes its invitations, the pre-flight runs again inside the transaction
 * and refuses with the first failure, the hourly invitation limit counts one (RATE_LIMITED), then the PENDING invitation (bound to the reseller partner
 * and the PARTNER tenant kind, expiry = database now() + 1–90 days) and an audit event. The raw
 * token comes back once for the draft; Send (lib/invitations/send-invitation-email.ts) emails it.
 */
export async function createResellerInvitation(
  actor: UserActor,
  unverifiedInput: ResellerInvitationInput,
): Promise<CreatedResellerInvitation> {
  assertPermission(actor, "reseller-invite");
  const parsed = resellerInvitationSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationError(fieldErrorsFrom(parsed.error));
  const input = parsed.data;
  const { token, tokenHash } = newToken();
  try {
    return await db().$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM partner_organizations WHERE id = ${actor.partnerId}::uuid AND tenant_id = ${actor.tenantId}::uuid FOR NO KEY UPDATE`;
      const check = await preflightResellerInvitation(actor, input, tx);
      if (check.violations.length > 0 || !check.reseller) throw check.violations[0];
      const { provider, reseller } = check;
      await countInvitationEmail(tx, provider.id);
      const [{ expiresAt }] = await tx.$queryRaw<
        { expiresAt: Date }[]
      >`SELECT now() + make_interval(days => ${input.expiresInDays}::int) AS "expiresAt"`;
      const invitation = await tx.invitation.create({
        data: {
          kind: "RESELLER_PARTNERSHIP",
          inviterId: provider.id,
          sentByUserId: actor.userId,
          intendedEmail: input.email,
          intendedTenantKind: "PARTNER",
          targetPartnerId: reseller.id,
          locale: input.locale,
          tokenHash,
          expiresAt,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, {
        actor,
        tenantId: actor.tenantId,
        action: INVITATION_CREATED_ACTION,
        target: { type: "invitation", id: invitation.id, label: input.email },
        after: {
          kind: "RESELLER_PARTNERSHIP",
          to: input.email,
          reseller: reseller.legalName,
          resellerPnId: reseller.pnId,
          expiresAt: expiresAt.toISOString(),
        },
      });
      return {
        invitationId: invitation.id,
        token,
        url: invitationUrl("RESELLER_PARTNERSHIP", token),
        expiresAt,
        email: input.email,
        locale: input.locale,
        providerName: provider.legalName,
        resellerName: reseller.legalName,
      };
    });
  } catch (error) {
    // invitation_one_pending: a concurrent invitation to the same address won the race.
    if (isUniqueViolation(error)) {
      throw ruleViolation(
        "R16",
        `an invitation to ${input.email} is still pending. Resend or revoke it on the Indirect resellers page.`,
        undefined,
        {
          messageKey: "partnerships.rules.pending",
          vars: { reseller: input.email, email: input.email },
        },
      );
    }
    throw error;
  }
}
