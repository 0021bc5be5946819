import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { notFound, ruleViolation } from "@/lib/errors";
import type { InvitationKind } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { lockPartnerRow } from "@/lib/partners/lock-partner-row";
import { newToken } from "@/lib/tokens";
import { INVITATION_KINDS, type RunPreflight } from "./invitation-kinds";
import { invitationUrl } from "./invitation-links";
import { countInvitationEmail } from "./invitation-rate-limit";

/** The audit action of a new invitation link (the email itself is `invitation.sent`, written by Send). */
export const INVITATION_CREATED_ACTION = "invitation.created";

export type CreatedInvitation = {
  invitationId: string;
  kind: InvitationKind;
  /** The raw token, returned exactly once for the draft: only its SHA-256 is stored (R16). */
  token: string;
  url: string;
  expiresAt: Date;
  email: string | null;
  locale: Locale;
  inviterName: string;
  coInviterName: string | null;
  targetName: string | null;
};

/** invitation_one_pending: one pending invitation per inviter, kind and address (R16). */
export const isOnePendingViolation = (error: unknown) =>
  isUniqueViolation(error, "invitation_one_pending") || isUniqueViolation(error, "intended_email");

/**
 * Creates an invitation of any kind (R16), in one transaction: the inviter's row lock serializes
 * its invitations, the kind's pre-flight runs again under it and refuses with the first broken
 * rule, the partner's hourly invitation limit counts one (RATE_LIMITED), then the PENDING row
 * (expiry = database now() + days; the intended tenant kind from the kind table) and
 * `invitation.created` in the inviter's tenant and a co-inviter's. A concurrent invitation to
 * the same address is refused with the kind's duplicate sentence. The raw token comes back once
 * for the draft; Send (send-invitation-email.ts) emails it. The caller parsed the input.
 */
export async function createInvitation(
  actor: UserActor,
  request: {
    kind: InvitationKind;
    email: string | null;
    expiresInDays: number;
    locale: Locale;
    preflight: RunPreflight;
  },
): Promise<CreatedInvitation> {
  const spec = INVITATION_KINDS[request.kind];
  assertPermission(actor, spec.permission);
  const { token, tokenHash } = newToken();
  const { kind, email } = request;
  try {
    return await db().$transaction(async (tx) => {
      if (!actor.partnerId || !(await lockPartnerRow(tx, actor.partnerId, actor.tenantId))) throw notFound();
      const check = await request.preflight(tx);
      if (check.violations.length > 0) throw check.violations[0];
      const { inviter, coInviter, target } = check;
      await countInvitationEmail(tx, inviter.id);
      const [{ expiresAt }] = await tx.$queryRaw<{ expiresAt: Date }[]>`
        SELECT now() + make_interval(days => ${request.expiresInDays}::int) AS "expiresAt"`;
      const invitation = await tx.invitation.create({
        data: {
          kind,
          inviterId: inviter.id,
          coInviterId: coInviter?.id ?? null,
          targetPartnerId: target?.id ?? null,
          sentByUserId: actor.userId,
          intendedEmail: email,
          intendedTenantKind: spec.intendedTenantKind,
          locale: request.locale,
          tokenHash,
          expiresAt,
        },
        select: { id: true },
      });
      const after = { kind, to: email, ...check.audit, expiresAt: expiresAt.toISOString() };
      for (const tenantId of [inviter.tenantId, ...(coInviter ? [coInviter.tenantId] : [])]) {
        await recordAuditEvent(tx, {
          actor,
          tenantId,
          action: INVITATION_CREATED_ACTION,
          target: { type: "invitation", id: invitation.id, label: email ?? inviter.legalName },
          after,
        });
      }
      return {
        invitationId: invitation.id,
        kind,
        token,
        url: invitationUrl(kind, token),
        expiresAt,
        email,
        locale: request.locale,
        inviterName: inviter.legalName,
        coInviterName: coInviter?.legalName ?? null,
        targetName: target?.legalName ?? null,
      };
    });
  } catch (error) {
    // A concurrent invitation to the same address won the race.
    if (isOnePendingViolation(error))
      throw ruleViolation("R16", spec.duplicatePending, { email: email ?? "", reseller: email ?? "" });
    throw error;
  }
}
