import "server-only";
import type { z } from "zod";
import type { UserActor } from "@/lib/auth/actor";
import { appUrl } from "@/lib/app-url";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { db, type Tx } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { fieldErrorsFrom, ruleViolation, validationError, validationErrorFrom } from "@/lib/errors";
import type { EnrollmentStatus, Program } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/locales";
import { countryName } from "@/lib/regions";
import { loadEligibleProfile } from "./choose-profile";
import { existingPartnerDetailsSchema, newPartnerDetailsSchema } from "./enrollment-input";
import {
  assertMayEnroll,
  isTransition,
  loadEnrollmentState,
  requireDraft,
  type EnrollmentState,
} from "./enrollment-state";
import { profileRefusal } from "./profile-refusal";
import { sendContactVerification } from "./send-contact-verification";
import { webmailDomainOf } from "./webmail";

export type SubmitResult = {
  enrollmentId: string;
  status: EnrollmentStatus;
  contactEmail: string;
  alreadySubmitted: boolean;
};

function parseDetails<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  return parsed.data;
}

/** A new partner: legal profile and primary contact as entered (R12), the PN ID of the chosen profile (R13 again). */
async function createPartner(tx: Tx, state: EnrollmentState, input: unknown, locale: Locale) {
  const parsed = newPartnerDetailsSchema.safeParse(input);
  if (!parsed.success) {
    // Every field message at once, R12's included (it needs only the contact email).
    const fieldErrors = fieldErrorsFrom(parsed.error);
    const typed = (input as Record<string, unknown> | null)?.contactEmail;
    const webmail = !fieldErrors.contactEmail && typeof typed === "string" ? webmailDomainOf(typed) : null;
    throw webmail
      ? validationError({ ...fieldErrors, contactEmail: "enroll.r12.webmailField" }, { domain: webmail })
      : validationError(fieldErrors);
  }
  const details = parsed.data;
  const webmail = webmailDomainOf(details.contactEmail);
  if (webmail) {
    throw ruleViolation("R12", "enroll.r12.webmail", { domain: webmail }, { contactEmail: "enroll.r12.webmailField" });
  }
  if (details.countryCode !== state.tenant.countryCode) {
    const country = countryName(state.tenant.countryCode, locale);
    throw ruleViolation(
      "R13",
      "enroll.r13.addressCountry",
      { country },
      { countryCode: "enroll.r13.addressCountryField" },
    );
  }
  const profile = await loadEligibleProfile(tx, state, state.draft?.membershipProfileId ?? null, locale);
  const { confirmNoRollback: _unused, ...fields } = details;
  const partner = await tx.partnerOrganization.create({
    data: { tenantId: state.tenant.id, pnId: profile.pnId, ...fields },
    select: { id: true, pnId: true, legalName: true, contactEmail: true, contactEmailVerifiedAt: true },
  });
  return { partner, changed: { pnId: profile.pnId, ...fields } };
}

/** An organization enrolled in another program already: only the support details are asked (and prefilled). */
async function updateExistingPartner(tx: Tx, state: EnrollmentState, program: Program, input: unknown) {
  const existing = state.partner!;
  const details = parseDetails(existingPartnerDetailsSchema, input);
  // R14: the move can't be undone; the form says so and asks to confirm.
  if (isTransition(state, program) && details.confirmNoRollback !== "on")
    throw validationError({ confirmNoRollback: "enroll.details.confirmNoRollbackRequired" });
  const support = {
    supportEmail: details.supportEmail,
    supportPhone: details.supportPhone,
    supportWebsite: details.supportWebsite,
  };
  const partner = await tx.partnerOrganization.update({
    where: { id: existing.id, tenantId: state.tenant.id },
    data: support,
    select: { id: true, pnId: true, legalName: true, contactEmail: true, contactEmailVerifiedAt: true },
  });
  return { partner, changed: support };
}

/**
 * "Enroll now": one transaction creates (or, for a partner enrolled in another program, reuses)
 * the partner organization and the program's enrollment, deletes the draft, records the audit
 * event and emails the primary contact — a verification link (R12) unless that address is
 * verified already, in which case the enrollment goes straight to review. R13 and R14 are
 * checked again here. Double submits create one enrollment: the tenant row is locked, and a
 * submit that finds the enrollment made answers with it.
 */
export async function submitEnrollment(
  actor: UserActor,
  program: Program,
  unverifiedInput: unknown,
  locale: Locale,
): Promise<SubmitResult> {
  try {
    const result = await db().$transaction(async (tx): Promise<SubmitResult> => {
      await tx.$queryRaw`SELECT id FROM tenants WHERE id = ${actor.tenantId}::uuid FOR UPDATE`;
      const state = await loadEnrollmentState(tx, actor, program);
      if (state.enrollment && state.partner && state.user.adminRole === "GLOBAL_ADMIN") {
        return {
          enrollmentId: state.enrollment.id,
          status: state.enrollment.status,
          contactEmail: state.partner.contactEmail,
          alreadySubmitted: true,
        };
      }
      assertMayEnroll(state, program);
      const draft = requireDraft(state);
      const { partner, changed } = state.partner
        ? await updateExistingPartner(tx, state, program, unverifiedInput)
        : await createPartner(tx, state, unverifiedInput, locale);
      const verifiedAt = partner.contactEmailVerifiedAt;
      const status: EnrollmentStatus = verifiedAt ? "IN_REVIEW" : "AWAITING_EMAIL_VERIFICATION";
      const viaTransition = isTransition(state, program);
      const enrollment = await tx.programEnrollment.create({
        data: {
          partnerId: partner.id,
          program,
          status,
          startedByUserId: actor.userId,
          emailVerifiedAt: verifiedAt,
          viaTransition,
        },
        select: { id: true },
      });
      await tx.enrollmentDraft.delete({ where: { id: draft.id, tenantId: actor.tenantId } });
      await recordAuditEvent(tx, {
        actor,
        tenantId: actor.tenantId,
        action: "enrollment.submitted",
        target: { type: "enrollment", id: enrollment.id, label: program },
        after: { program, status, viaTransition, ...changed },
      });
      if (verifiedAt) {
        await enqueueEmail(tx, {
          to: partner.contactEmail,
          template: "enrollment-status",
          locale,
          tenantId: actor.tenantId,
          props: { organizationName: partner.legalName, program, status, statusUrl: appUrl("/enroll/status") },
        });
      } else {
        await sendContactVerification(tx, { partnerId: partner.id, email: partner.contactEmail, locale });
      }
      return { enrollmentId: enrollment.id, status, contactEmail: partner.contactEmail, alreadySubmitted: false };
    });
    wakeEmailWorker();
    return result;
  } catch (error) {
    // Another organization linked the same PN ID a moment earlier (R13: a PN ID belongs to one partner).
    if (isUniqueViolation(error, "pn_id") || isUniqueViolation(error, "pnId")) {
      throw profileRefusal("linked", { pnId: "", active: true, countryCode: "" }, "", locale);
    }
    // Belt and braces next to the tenant lock: the unique (partner, program) index decided a race.
    if (isUniqueViolation(error)) {
      const state = await loadEnrollmentState(db(), actor, program);
      if (state.enrollment && state.partner) {
        return {
          enrollmentId: state.enrollment.id,
          status: state.enrollment.status,
          contactEmail: state.partner.contactEmail,
          alreadySubmitted: true,
        };
      }
    }
    throw error;
  }
}
