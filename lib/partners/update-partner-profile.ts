import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { reloadActor } from "@/lib/authz/reload-actor";
import { db, type Tx } from "@/lib/db/client";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { sendContactVerification } from "@/lib/enrollment/send-contact-verification";
import { isWebmail } from "@/lib/enrollment/webmail";
import { notFound, ruleViolation, validationErrorFrom } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/locales";
import { lockPartnerRow } from "./lock-partner-row";
import { partnerProfileSchema, PROFILE_FIELDS, type PartnerProfileInput } from "./partner-profile-input";

export type ProfileUpdateResult = {
  /** Columns written now (a new primary-contact email is not one of them: it waits in pendingContactEmail). */
  changed: string[];
  /** The address waiting for verification after this save, if any. */
  pendingContactEmail: string | null;
  /** True when a new address started waiting for verification (the old one was told). */
  pendingChanged: boolean;
  /** True when a verification link went to the new primary-contact address. */
  verificationSent: boolean;
  /** The primary-contact email in use (unchanged by this save until the new one is verified). */
  contactEmail: string;
};

const DIRECT_FIELDS = PROFILE_FIELDS.filter((field) => field !== "contactEmail");
type DirectField = (typeof DIRECT_FIELDS)[number];

/**
 * Locks the partner row for the change (two admins saving at once apply one after the other and
 * each sees the other's result), then re-reads the actor inside the transaction: a Global admin
 * demoted, disabled or signed out while this request waited is refused like anyone without
 * P-profile-edit ("not found").
 */
async function lockForProfileChange(tx: Tx, requestActor: UserActor) {
  const partnerId = requestActor.partnerId;
  if (!partnerId) throw notFound("partnerProfile");
  if (!(await lockPartnerRow(tx, partnerId, requestActor.tenantId))) throw notFound("partnerProfile");
  const actor = await reloadActor(tx, requestActor);
  assertPermission(actor, "profile-edit");
  if (actor.partnerId !== partnerId) throw notFound("partnerProfile");
  return { actor, partnerId };
}

/**
 * "Save" on Settings → Partner profile (P-profile-edit, Global admin only). Changed columns are
 * written and audited ("partner.profile_updated", before/after of the changed fields only). A new
 * primary-contact email is never used before it is verified: it waits in pendingContactEmail, the
 * verification link goes to the new address and a notice to the old one — all in this
 * transaction. R12 refuses webmail addresses; the legal country stays the tenant's country (R13:
 * the PN ID's organization profile is in the tenant's country).
 */
export async function updatePartnerProfile(
  requestActor: UserActor,
  unverifiedInput: PartnerProfileInput,
  locale: Locale,
): Promise<ProfileUpdateResult> {
  assertPermission(requestActor, "profile-edit");
  // The action parsed it already; parsing again (idempotent) protects other callers.
  const parsed = partnerProfileSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;

  const result = await db().$transaction(async (tx) => {
    const { actor, partnerId } = await lockForProfileChange(tx, requestActor);
    const current = await tx.partnerOrganization.findFirst({
      where: { id: partnerId, tenantId: actor.tenantId },
      select: {
        id: true,
        legalName: true,
        addressLine1: true,
        addressLine2: true,
        city: true,
        postalCode: true,
        countryCode: true,
        contactName: true,
        contactEmail: true,
        pendingContactEmail: true,
        contactPhone: true,
        supportEmail: true,
        supportPhone: true,
        supportWebsite: true,
        tenant: { select: { countryCode: true } },
      },
    });
    if (!current) throw notFound("partnerProfile");

    // R13: the legal country may only be the tenant's (a profile already elsewhere may keep its value).
    if (input.countryCode !== current.countryCode && input.countryCode !== current.tenant.countryCode) {
      throw ruleViolation(
        "R13",
        "profile.r13.countryLocked",
        { country: current.tenant.countryCode },
        { countryCode: "profile.error.countryLocked" },
      );
    }

    const before: Record<string, string | null> = {};
    const after: Record<string, string | null> = {};
    const data: Partial<Record<DirectField | "pendingContactEmail", string | null>> = {};
    for (const field of DIRECT_FIELDS) {
      if (input[field] === current[field]) continue;
      before[field] = current[field];
      after[field] = input[field];
      data[field] = input[field];
    }

    // A different primary-contact email: R12 first, then it waits for verification.
    const newEmail = input.contactEmail !== current.contactEmail ? input.contactEmail : null;
    if (newEmail && isWebmail(newEmail)) {
      throw ruleViolation("R12", "profile.r12.webmail", undefined, { contactEmail: "profile.error.webmail" });
    }
    const pendingChanged = newEmail !== null && newEmail !== current.pendingContactEmail;
    if (pendingChanged) {
      before.pendingContactEmail = current.pendingContactEmail;
      after.pendingContactEmail = newEmail;
      data.pendingContactEmail = newEmail;
    }

    const changed = Object.keys(data).filter((field) => field !== "pendingContactEmail");
    if (Object.keys(data).length > 0) {
      // Required columns never get null here: the schema refuses empty required fields.
      await tx.partnerOrganization.update({
        where: { id: current.id },
        data: data as Prisma.PartnerOrganizationUpdateInput,
      });
      await recordAuditEvent(tx, {
        actor,
        tenantId: actor.tenantId,
        action: "partner.profile_updated",
        target: { type: "partner", id: current.id, label: input.legalName },
        before,
        after,
      });
    }
    if (newEmail) {
      // Saving the still-pending address again sends a fresh link (older unused links for it die).
      await sendContactVerification(tx, { partnerId: current.id, email: newEmail, locale });
    }
    if (pendingChanged) {
      await enqueueEmail(tx, {
        to: current.contactEmail,
        template: "contact-email-changed",
        locale,
        tenantId: actor.tenantId,
        props: {
          contactName: current.contactName,
          organizationName: current.legalName,
          newEmail: newEmail!,
          changedBy: actor.name,
          profileUrl: appUrl("/settings/partner-profile"),
        },
      });
    }
    return {
      changed,
      pendingContactEmail: newEmail ?? current.pendingContactEmail,
      pendingChanged,
      verificationSent: newEmail !== null,
      contactEmail: current.contactEmail,
    };
  });
  if (result.verificationSent) wakeEmailWorker();
  return result;
}
