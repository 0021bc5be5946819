// The enrollment wizard's domain functions end to end against PostgreSQL: start, membership
// sign-in, choosing the profile (R13), saving the draft (resume), Enroll now (one transaction:
// partner, enrollment, audit, verification email through the outbox) and the refusals.
import { describe, expect, it } from "vitest";
import { chooseProfile } from "@/lib/enrollment/choose-profile";
import { getEnrollmentWizard } from "@/lib/enrollment/get-enrollment-wizard";
import { listMembershipProfiles } from "@/lib/enrollment/list-membership-profiles";
import { saveEnrollmentDraft } from "@/lib/enrollment/save";
import { signInMembership } from "@/lib/enrollment/sign-in-membership";
import { signOutMembership } from "@/lib/enrollment/sign-out-membership";
import { startEnrollment } from "@/lib/enrollment/start";
import { submitEnrollment } from "@/lib/enrollment/submit";
import { hashToken } from "@/lib/tokens";
import { testDb } from "../helpers/db";
import { createMembership, meta, newPartnerTenant, refusalOf, validDetails } from "./enrollment-fixtures";

/** A new tenant that has signed in to the membership directory and chosen a valid DE profile. */
async function readyToSubmit(program: "INDIRECT_RESELLER" | "INDIRECT_PROVIDER" | "DIRECT_BILL" = "INDIRECT_RESELLER") {
  const org = await newPartnerTenant();
  const membership = await createMembership([{ countryCode: "DE" }]);
  expect(await startEnrollment(org.actor, program)).toBe("partner-network");
  await signInMembership(org.actor, program, { email: membership.email, password: membership.password }, meta());
  await chooseProfile(org.actor, program, membership.profiles[0].id, "en");
  return { ...org, membership, profile: membership.profiles[0] };
}

describe("Enrollment wizard: the whole flow", () => {
  it("§4 start → membership sign-in → profile → Enroll now creates partner + enrollment, deletes the draft, audits and emails a verification link (R12)", async () => {
    const { tenant, actor, profile } = await readyToSubmit();
    expect((await getEnrollmentWizard(actor, "INDIRECT_RESELLER")).step).toBe("details");
    const result = await submitEnrollment(actor, "INDIRECT_RESELLER", validDetails(tenant.primaryDomain), "de");
    expect(result).toMatchObject({
      status: "AWAITING_EMAIL_VERIFICATION",
      alreadySubmitted: false,
      contactEmail: `pat@${tenant.primaryDomain}`,
    });

    const partner = await testDb().partnerOrganization.findUniqueOrThrow({
      where: { tenantId: tenant.id },
      include: { enrollments: true },
    });
    expect(partner).toMatchObject({
      pnId: profile.pnId,
      legalName: "Proseware Test GmbH",
      countryCode: "DE",
      addressLine2: null,
      contactEmailVerifiedAt: null,
    });
    expect(partner.enrollments).toEqual([
      expect.objectContaining({
        program: "INDIRECT_RESELLER",
        status: "AWAITING_EMAIL_VERIFICATION",
        startedByUserId: actor.userId,
        viaTransition: false,
      }),
    ]);
    expect(await testDb().enrollmentDraft.count({ where: { tenantId: tenant.id } })).toBe(0);
    const audit = await testDb().auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, action: "enrollment.submitted" },
    });
    expect(audit).toMatchObject({ actorUserId: actor.userId, targetId: result.enrollmentId });

    const mail = await testDb().outboxEmail.findFirstOrThrow({
      where: { tenantId: tenant.id, template: "contact-verification" },
    });
    expect(mail.toAddress).toBe(`pat@${tenant.primaryDomain}`);
    expect(mail.subject).toContain("Bestätigen"); // the submitter's language
    const token = mail.text!.match(/\/verify-email\?token=([A-Za-z0-9_-]{43})/)![1];
    const verification = await testDb().emailVerification.findFirstOrThrow({
      where: { partnerId: partner.id },
      omit: { tokenHash: false },
    });
    expect(verification.tokenHash).toBe(hashToken(token));
    expect(verification.tokenHash).not.toContain(token);
    const days = (verification.expiresAt.getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThanOrEqual(7.01);
  });

  it("double submits (concurrent) create one enrollment, and both answer with it", async () => {
    const { tenant, actor } = await readyToSubmit("INDIRECT_PROVIDER");
    const details = validDetails(tenant.primaryDomain);
    const results = await Promise.all([1, 2, 3].map(() => submitEnrollment(actor, "INDIRECT_PROVIDER", details, "en")));
    expect(new Set(results.map((r) => r.enrollmentId)).size).toBe(1);
    expect(results.filter((r) => !r.alreadySubmitted)).toHaveLength(1);
    const partner = await testDb().partnerOrganization.findUniqueOrThrow({
      where: { tenantId: tenant.id },
      include: { enrollments: true, emailVerifications: true },
    });
    expect(partner.enrollments).toHaveLength(1);
    expect(partner.emailVerifications).toHaveLength(1);
    expect(await testDb().auditEvent.count({ where: { tenantId: tenant.id, action: "enrollment.submitted" } })).toBe(1);
  });

  it("resume: what was typed stays in the draft (Back, leaving), and the wizard continues at the right step", async () => {
    const { tenant, actor } = await readyToSubmit("DIRECT_BILL");
    await saveEnrollmentDraft(actor, "DIRECT_BILL", {
      legalName: "Half Done GmbH",
      city: "Köln",
      contactEmail: "not-yet",
      unknownField: "dropped",
    });
    const wizard = await getEnrollmentWizard(actor, "DIRECT_BILL");
    expect(wizard.step).toBe("details");
    expect(wizard.draft?.details).toEqual({ legalName: "Half Done GmbH", city: "Köln", contactEmail: "not-yet" });
    // Starting again resumes, it doesn't reset.
    expect(await startEnrollment(actor, "DIRECT_BILL")).toBe("details");
    await saveEnrollmentDraft(actor, "DIRECT_BILL", { postalCode: "50667" });
    expect((await getEnrollmentWizard(actor, "DIRECT_BILL")).draft?.details).toMatchObject({
      legalName: "Half Done GmbH",
      postalCode: "50667",
    });
    expect(await testDb().enrollmentDraft.count({ where: { tenantId: tenant.id } })).toBe(1);
  });

  it("server-side validation: field messages for every field, strict input, control characters and over-long text refused", async () => {
    const { tenant, actor } = await readyToSubmit();
    const error = await refusalOf(
      submitEnrollment(
        actor,
        "INDIRECT_RESELLER",
        {
          legalName: "",
          addressLine1: "a\u0000b",
          city: "x".repeat(101),
          postalCode: "10115!",
          countryCode: "ZZ",
          contactName: "Pat",
          contactEmail: "nope",
          contactPhone: "12",
          supportEmail: "",
          supportWebsite: "javascript:alert(1)",
        },
        "en",
      ),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details.fieldErrors).toEqual({
      legalName: "enroll.field.required",
      addressLine1: "enroll.field.controlCharacters",
      city: "enroll.field.tooLong100",
      postalCode: "enroll.field.postalCodeInvalid",
      countryCode: "enroll.field.countryInvalid",
      contactEmail: "enroll.field.emailInvalid",
      contactPhone: "enroll.field.phoneInvalid",
      supportEmail: "enroll.field.required",
      supportWebsite: "enroll.field.websiteInvalid",
    });
    const extra = await refusalOf(
      submitEnrollment(actor, "INDIRECT_RESELLER", { ...validDetails(tenant.primaryDomain), tenantId: "x" }, "en"),
    );
    expect(extra.code).toBe("VALIDATION");
    expect(await testDb().partnerOrganization.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("Cancel forgets the membership sign-in (and the choice), so another account can be used", async () => {
    const { actor } = await readyToSubmit();
    await signOutMembership(actor, "INDIRECT_RESELLER");
    const wizard = await getEnrollmentWizard(actor, "INDIRECT_RESELLER");
    expect(wizard.step).toBe("partner-network");
    expect(wizard.draft).toMatchObject({ membershipSignedIn: false, profile: null });
    expect(await listMembershipProfiles(actor, "INDIRECT_RESELLER")).toBeNull();
  });

  it("the membership directory refuses a wrong password the same way as an unknown account", async () => {
    const org = await newPartnerTenant();
    const membership = await createMembership();
    await startEnrollment(org.actor, "INDIRECT_RESELLER");
    const wrong = await refusalOf(
      signInMembership(
        org.actor,
        "INDIRECT_RESELLER",
        { email: membership.email, password: "wrong password!" },
        meta(),
      ),
    );
    const unknown = await refusalOf(
      signInMembership(
        org.actor,
        "INDIRECT_RESELLER",
        { email: "nobody@membership.example", password: "wrong password!" },
        meta(),
      ),
    );
    expect(wrong.messageKey).toBe("enroll.membership.invalid");
    expect(unknown.messageKey).toBe("enroll.membership.invalid");
    expect((await getEnrollmentWizard(org.actor, "INDIRECT_RESELLER")).draft?.membershipSignedIn).toBe(false);
  });

  it('membership sign-in is throttled per account ("membership:" scope): the 11th attempt is refused even with the right password', async () => {
    const org = await newPartnerTenant();
    const membership = await createMembership();
    await startEnrollment(org.actor, "INDIRECT_RESELLER");
    for (let attempt = 0; attempt < 10; attempt++) {
      await refusalOf(
        signInMembership(
          org.actor,
          "INDIRECT_RESELLER",
          { email: membership.email, password: `guess ${attempt}` },
          meta(),
        ),
      );
    }
    const limited = await refusalOf(
      signInMembership(
        org.actor,
        "INDIRECT_RESELLER",
        { email: membership.email, password: membership.password },
        meta(),
      ),
    );
    expect(limited.code).toBe("RATE_LIMITED");
    expect((await getEnrollmentWizard(org.actor, "INDIRECT_RESELLER")).draft?.membershipSignedIn).toBe(false);
  });
});
