import "server-only";
import { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { DomainError, validationErrorFrom } from "@/lib/errors";
import { noControlCharacters } from "@/lib/text";
import { assertPartnerUser, lockOrganizationForAgreement } from "./agreement-rules";
import { CURRENT_PARTNER_AGREEMENT_VERSION } from "./get-organization-overview";

const signerText = (required: "agreement.signerNameRequired" | "agreement.signerTitleRequired") =>
  z
    .string({ error: required })
    .trim()
    .min(1, required)
    .max(200, "agreement.tooLong")
    .refine(noControlCharacters, "agreement.invalidText");

export const acceptPartnerAgreementSchema = z.strictObject({
  version: z.string({ error: "agreement.versionChanged" }).max(20, "agreement.versionChanged"),
  signerName: signerText("agreement.signerNameRequired"),
  signerTitle: signerText("agreement.signerTitleRequired"),
  confirm: z.literal("on", { error: "agreement.confirmRequired" }),
});
export type AcceptPartnerAgreementInput = z.input<typeof acceptPartnerAgreementSchema>;

/**
 * R5: a Global admin (P-profile-edit) accepts the current Partner Agreement for the organization
 * from the Overview: signer name, title, date, version and user are recorded, with an audit event.
 * Idempotent: accepting a version that is already accepted changes nothing (the unique key on
 * partner, kind and version decides, also under double submits). A form showing an older version
 * is refused, so nobody accepts a text they didn't see.
 */
export async function acceptPartnerAgreement(actor: UserActor, unverifiedInput: AcceptPartnerAgreementInput) {
  assertPartnerUser(actor);
  assertPermission(actor, "profile-edit");
  const parsed = acceptPartnerAgreementSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;
  const version = CURRENT_PARTNER_AGREEMENT_VERSION;
  if (input.version !== version) {
    throw new DomainError("CONFLICT", "agreement.versionChanged", { rule: "R5", vars: { version } });
  }
  return db().$transaction(async (tx) => {
    const partner = await lockOrganizationForAgreement(tx, actor);
    const existing = await tx.agreementAcceptance.findUnique({
      where: { partnerId_kind_version: { partnerId: partner.id, kind: "PARTNER_AGREEMENT", version } },
      select: { id: true, version: true, signerName: true, signerTitle: true, acceptedAt: true },
    });
    if (existing) return { acceptance: existing, alreadyAccepted: true };
    const acceptance = await tx.agreementAcceptance.create({
      data: {
        partnerId: partner.id,
        kind: "PARTNER_AGREEMENT",
        version,
        acceptedByUserId: actor.userId,
        signerName: input.signerName,
        signerTitle: input.signerTitle,
      },
      select: { id: true, version: true, signerName: true, signerTitle: true, acceptedAt: true },
    });
    await recordAuditEvent(tx, {
      actor,
      tenantId: actor.tenantId,
      action: "agreement.accepted",
      target: { type: "agreement", id: acceptance.id, label: `Partner Agreement ${version}` },
      after: { kind: "PARTNER_AGREEMENT", version, signerName: input.signerName, signerTitle: input.signerTitle },
    });
    return { acceptance, alreadyAccepted: false };
  });
}
