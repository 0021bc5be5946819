import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { ruleViolation, validationError, validationErrorFrom } from "@/lib/errors";
import { assertPartnerUser, lockOrganizationForAgreement } from "./agreement-rules";

export const CURRENT_INDIRECT_RESELLER_AGREEMENT_VERSION = process.env.INDIRECT_RESELLER_AGREEMENT_VERSION ?? "2026-01";

export const acceptIndirectResellerAgreementSchema = z.strictObject({
  confirmName: z.string({ error: "transition.nameRequired" }).max(300, "transition.nameMismatch"),
});
export type AcceptIndirectResellerAgreementInput = z.input<typeof acceptIndirectResellerAgreementSchema>;

/**
 * R14 "Accept and continue": after the operator approved a direct-bill partner's move to indirect
 * reseller (an INDIRECT_RESELLER enrollment with viaTransition), a Global admin (P-profile-edit)
 * accepts the indirect reseller agreement by typing the organization's legal name exactly. This
 * enables the indirect reseller capabilities (listActivePrograms) and can't be rolled back.
 * Idempotent: a second accept changes nothing.
 */
export async function acceptIndirectResellerAgreement(
  actor: UserActor,
  unverifiedInput: AcceptIndirectResellerAgreementInput,
) {
  assertPartnerUser(actor);
  assertPermission(actor, "profile-edit");
  const parsed = acceptIndirectResellerAgreementSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  return db().$transaction(async (tx) => {
    const partner = await lockOrganizationForAgreement(tx, actor);
    const transition = await tx.programEnrollment.findFirst({
      where: { partnerId: partner.id, program: "INDIRECT_RESELLER", viaTransition: true, status: "APPROVED" },
      select: { id: true },
    });
    if (!transition) throw ruleViolation("R14", "transition.notPending");
    const select = { id: true, version: true, signerName: true, acceptedAt: true } as const;
    const existing = await tx.agreementAcceptance.findFirst({
      where: { partnerId: partner.id, kind: "INDIRECT_RESELLER_AGREEMENT" },
      select,
    });
    if (existing) return { acceptance: existing, alreadyAccepted: true };
    // Typed confirmation of an action without rollback: the legal name exactly (case and spelling), spaces at the ends aside.
    if (parsed.data.confirmName.trim() !== partner.legalName)
      throw validationError({ confirmName: "transition.nameMismatch" }, { name: partner.legalName });
    const version = CURRENT_INDIRECT_RESELLER_AGREEMENT_VERSION;
    const acceptance = await tx.agreementAcceptance.create({
      data: {
        partnerId: partner.id,
        kind: "INDIRECT_RESELLER_AGREEMENT",
        version,
        acceptedByUserId: actor.userId,
        signerName: actor.name,
        signerTitle: "Global admin",
      },
      select,
    });
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "agreement.indirect_reseller_accepted",
      target: { type: "agreement", id: acceptance.id, label: `Indirect reseller agreement ${version}` },
      after: { kind: "INDIRECT_RESELLER_AGREEMENT", version, enrollmentId: transition.id },
    });
    return { acceptance, alreadyAccepted: false };
  });
}
