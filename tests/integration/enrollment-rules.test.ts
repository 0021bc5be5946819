// Each enrollment rule, refused in the domain layer with a message naming it and the database
// unchanged: R12 (no webmail primary contact), R13 (PN ID profile active, same country, not
// linked elsewhere), R14 (direct-bill → indirect reseller only when eligible), Global admins of
// partner tenants only. Plus: enrolling in a second program asks only the missing details.
import { describe, expect, it } from "vitest";
import { chooseProfile } from "@/lib/enrollment/choose-profile";
import { getEnrollmentWizard } from "@/lib/enrollment/get-enrollment-wizard";
import { listMembershipProfiles } from "@/lib/enrollment/list-membership-profiles";
import { saveEnrollmentDraft } from "@/lib/enrollment/save";
import { signInMembership } from "@/lib/enrollment/sign-in-membership";
import { startEnrollment } from "@/lib/enrollment/start";
import { submitEnrollment } from "@/lib/enrollment/submit";
import { webmailDomainOf } from "@/lib/enrollment/webmail";
import { testDb } from "../helpers/db";
import {
  createMembership,
  enrolledPartner,
  meta,
  newPartnerTenant,
  refusalOf,
  validDetails,
} from "./enrollment-fixtures";

async function signedInToMembership(countryCode = "DE", specs: Parameters<typeof createMembership>[0] = [{}]) {
  const org = await newPartnerTenant({ countryCode });
  const membership = await createMembership(specs);
  await startEnrollment(org.actor, "INDIRECT_RESELLER");
  await signInMembership(
    org.actor,
    "INDIRECT_RESELLER",
    { email: membership.email, password: membership.password },
    meta(),
  );
  return { ...org, membership };
}

describe("R12 no webmail primary contact", () => {
  it("R12 the maintained list matches providers, their subdomains and any letter case; organization domains pass", () => {
    expect(webmailDomainOf("someone@gmail.com")).toBe("gmail.com");
    expect(webmailDomainOf("Someone@Mail.GMAIL.COM")).toBe("gmail.com");
    expect(webmailDomainOf("a@eu.outlook.com")).toBe("outlook.com");
    for (const domain of [
      "yahoo.com",
      "icloud.com",
      "aol.com",
      "hotmail.com",
      "live.com",
      "outlook.de",
      "gmx.de",
      "web.de",
    ]) {
      expect(webmailDomainOf(`x@${domain}`)).toBe(domain);
    }
    expect(webmailDomainOf("pat@fabrikam.example")).toBeNull();
    expect(webmailDomainOf("pat@gmail.com.fabrikam.example")).toBeNull();
  });

  it("R12 Enroll now refuses a webmail contact email (also a subdomain, in capitals) with a field message; nothing is created and the draft keeps what was typed", async () => {
    const org = await signedInToMembership();
    await chooseProfile(org.actor, "INDIRECT_RESELLER", org.membership.profiles[0].id, "en");
    for (const email of ["pat@gmail.com", "Pat@Mail.Yahoo.COM", "pat@hotmail.de"]) {
      const details = validDetails(org.tenant.primaryDomain, "DE", { contactEmail: email });
      await saveEnrollmentDraft(org.actor, "INDIRECT_RESELLER", details);
      const error = await refusalOf(submitEnrollment(org.actor, "INDIRECT_RESELLER", details, "en"));
      expect(error.code).toBe("RULE");
      expect(error.details.rule).toBe("R12");
      expect(error.message).toMatch(/^R12: .+ is a web-based mail service; use an address at your organization\.$/);
      expect(error.details.fieldErrors).toEqual({ contactEmail: "enroll.r12.webmailField" });
    }
    // With other fields still missing, R12 is reported together with their messages.
    const partial = await refusalOf(
      submitEnrollment(org.actor, "INDIRECT_RESELLER", { contactEmail: "Pat@GMAIL.com", legalName: "" }, "en"),
    );
    expect(partial.code).toBe("VALIDATION");
    expect(partial.details.fieldErrors).toMatchObject({
      contactEmail: "enroll.r12.webmailField",
      legalName: "enroll.field.required",
    });
    expect(await testDb().partnerOrganization.count({ where: { tenantId: org.tenant.id } })).toBe(0);
    expect(await testDb().outboxEmail.count({ where: { tenantId: org.tenant.id } })).toBe(0);
    expect((await getEnrollmentWizard(org.actor, "INDIRECT_RESELLER")).draft?.details.contactEmail).toBe(
      "pat@hotmail.de",
    );
  });
});

describe("R13 PN ID country", () => {
  it("R13 the profile list marks inactive, other-country and already linked profiles as not choosable, with the reason", async () => {
    const taken = await enrolledPartner();
    const org = await signedInToMembership("DE", [
      { countryCode: "DE" },
      { countryCode: "DE", active: false },
      { countryCode: "US" },
    ]);
    await testDb().membershipAccess.create({
      data: {
        accountId: org.membership.account.id,
        profileId: (
          await testDb().organizationProfile.create({
            data: { pnId: taken.partner.pnId, legalName: "Taken", countryCode: "DE" },
          })
        ).id,
      },
    });
    const list = (await listMembershipProfiles(org.actor, "INDIRECT_RESELLER"))!;
    const reasons = Object.fromEntries(list.profiles.map((profile) => [profile.pnId, profile.refusal]));
    expect(reasons).toEqual({
      [org.membership.profiles[0].pnId]: null,
      [org.membership.profiles[1].pnId]: "inactive",
      [org.membership.profiles[2].pnId]: "country",
      [taken.partner.pnId]: "linked",
    });
  });

  it("R13 Continue refuses an inactive profile, one in another country and one linked to another partner", async () => {
    const taken = await enrolledPartner();
    const org = await signedInToMembership("DE", [{ countryCode: "DE", active: false }, { countryCode: "US" }]);
    const linked = await testDb().organizationProfile.create({
      data: { pnId: taken.partner.pnId, legalName: "Taken", countryCode: "DE" },
    });
    await testDb().membershipAccess.create({ data: { accountId: org.membership.account.id, profileId: linked.id } });

    const inactive = await refusalOf(
      chooseProfile(org.actor, "INDIRECT_RESELLER", org.membership.profiles[0].id, "en"),
    );
    expect(inactive.message).toBe("R13: inactive");
    const country = await refusalOf(chooseProfile(org.actor, "INDIRECT_RESELLER", org.membership.profiles[1].id, "en"));
    expect(country.message).toBe("R13: in United States; your tenant is in Germany");
    const already = await refusalOf(chooseProfile(org.actor, "INDIRECT_RESELLER", linked.id, "en"));
    expect(already.message).toBe("R13: already linked to another partner organization");
    expect((await getEnrollmentWizard(org.actor, "INDIRECT_RESELLER")).draft?.profile).toBeNull();
  });

  it("R13 a profile of another membership account (an id from the client) can't be chosen", async () => {
    const org = await signedInToMembership();
    const other = await createMembership([{ countryCode: "DE" }]);
    const error = await refusalOf(chooseProfile(org.actor, "INDIRECT_RESELLER", other.profiles[0].id, "en"));
    expect(error.details.fieldErrors).toEqual({ profileId: "enroll.profiles.chooseOne" });
  });

  it("R13 is checked again on Enroll now: a profile deactivated, or linked by another partner, after it was chosen is refused", async () => {
    const org = await signedInToMembership();
    const profile = org.membership.profiles[0];
    await chooseProfile(org.actor, "INDIRECT_RESELLER", profile.id, "en");
    await testDb().organizationProfile.update({ where: { id: profile.id }, data: { active: false } });
    const error = await refusalOf(
      submitEnrollment(org.actor, "INDIRECT_RESELLER", validDetails(org.tenant.primaryDomain), "en"),
    );
    expect(error.message).toBe("R13: inactive");

    await testDb().organizationProfile.update({ where: { id: profile.id }, data: { active: true } });
    const rival = await enrolledPartner();
    await testDb().partnerOrganization.update({ where: { id: rival.partner.id }, data: { pnId: profile.pnId } });
    const linked = await refusalOf(
      submitEnrollment(org.actor, "INDIRECT_RESELLER", validDetails(org.tenant.primaryDomain), "en"),
    );
    expect(linked.message).toBe("R13: already linked to another partner organization");
    expect(await testDb().partnerOrganization.count({ where: { tenantId: org.tenant.id } })).toBe(0);
  });

  it("R13 the legal address must be in the tenant's country", async () => {
    const org = await signedInToMembership();
    await chooseProfile(org.actor, "INDIRECT_RESELLER", org.membership.profiles[0].id, "en");
    const error = await refusalOf(
      submitEnrollment(org.actor, "INDIRECT_RESELLER", validDetails(org.tenant.primaryDomain, "FR"), "en"),
    );
    expect(error.details.rule).toBe("R13");
    expect(error.details.fieldErrors).toEqual({ countryCode: "enroll.r13.addressCountryField" });
  });
});

describe("R14 transition eligibility", () => {
  it("R14 a direct-bill partner not marked eligible can't start the indirect reseller enrollment, nor submit it by posting directly", async () => {
    const direct = await enrolledPartner({ programs: ["DIRECT_BILL"] });
    const start = await refusalOf(startEnrollment(direct.actor, "INDIRECT_RESELLER"));
    expect(start.details.rule).toBe("R14");
    expect(start.message).toMatch(/^R14: .+ isn't marked eligible for the move to indirect reseller\.$/);
    const submit = await refusalOf(
      submitEnrollment(
        direct.actor,
        "INDIRECT_RESELLER",
        { supportEmail: `s@${direct.tenant.primaryDomain}`, confirmNoRollback: "on" },
        "en",
      ),
    );
    expect(submit.details.rule).toBe("R14");
    const save = await refusalOf(
      saveEnrollmentDraft(direct.actor, "INDIRECT_RESELLER", { supportEmail: "x@y.example" }),
    );
    expect(save.details.rule).toBe("R14");
    expect(await testDb().programEnrollment.count({ where: { partnerId: direct.partner.id } })).toBe(1);
    expect(await testDb().enrollmentDraft.count({ where: { tenantId: direct.tenant.id } })).toBe(0);
  });

  it("R14 an eligible direct-bill partner enrolls as indirect reseller with its existing tenant: no membership step, details prefilled, viaTransition, straight to review", async () => {
    const direct = await enrolledPartner({ programs: ["DIRECT_BILL"], eligible: true });
    expect(await startEnrollment(direct.actor, "INDIRECT_RESELLER")).toBe("details");
    const wizard = await getEnrollmentWizard(direct.actor, "INDIRECT_RESELLER");
    expect(wizard).toMatchObject({
      transition: true,
      refusal: null,
      partner: { pnId: direct.partner.pnId, supportEmail: direct.partner.supportEmail },
    });
    const unconfirmed = await refusalOf(
      submitEnrollment(direct.actor, "INDIRECT_RESELLER", { supportEmail: direct.partner.supportEmail }, "en"),
    );
    expect(unconfirmed.details.fieldErrors).toEqual({ confirmNoRollback: "enroll.details.confirmNoRollbackRequired" });
    const result = await submitEnrollment(
      direct.actor,
      "INDIRECT_RESELLER",
      { supportEmail: direct.partner.supportEmail, supportPhone: "+49 30 555555", confirmNoRollback: "on" },
      "en",
    );
    expect(result.status).toBe("IN_REVIEW"); // the primary contact's address was verified already
    const enrollments = await testDb().programEnrollment.findMany({
      where: { partnerId: direct.partner.id },
      orderBy: { program: "asc" },
    });
    expect(enrollments.map((e) => [e.program, e.status, e.viaTransition])).toEqual([
      ["DIRECT_BILL", "APPROVED", false],
      ["INDIRECT_RESELLER", "IN_REVIEW", true],
    ]);
    expect(await testDb().partnerOrganization.count({ where: { tenantId: direct.tenant.id } })).toBe(1);
    expect(
      (await testDb().partnerOrganization.findUniqueOrThrow({ where: { id: direct.partner.id } })).supportPhone,
    ).toBe("+49 30 555555");
    const mail = await testDb().outboxEmail.findFirstOrThrow({
      where: { tenantId: direct.tenant.id, template: "enrollment-status" },
    });
    expect(mail.toAddress).toBe(direct.partner.contactEmail);
  });

  it("R14 applies only to direct-bill partners: a provider enrolling as reseller is a normal enrollment", async () => {
    const provider = await enrolledPartner({ programs: ["INDIRECT_PROVIDER"] });
    expect(await startEnrollment(provider.actor, "INDIRECT_RESELLER")).toBe("details");
    const result = await submitEnrollment(
      provider.actor,
      "INDIRECT_RESELLER",
      { supportEmail: `help@${provider.tenant.primaryDomain}` },
      "en",
    );
    const enrollment = await testDb().programEnrollment.findUniqueOrThrow({ where: { id: result.enrollmentId } });
    expect(enrollment.viaTransition).toBe(false);
  });
});

describe("who may enroll", () => {
  it("only a Global admin: an Admin agent of the partner tenant is refused at every step", async () => {
    const org = await newPartnerTenant({ adminRole: "NO_ADMIN" });
    const start = await refusalOf(startEnrollment(org.actor, "DIRECT_BILL"));
    expect(start.code).toBe("FORBIDDEN");
    expect(start.messageKey).toBe("enroll.refused.notGlobalAdmin");
    // A draft another admin started doesn't help either.
    await testDb().enrollmentDraft.create({ data: { tenantId: org.tenant.id, program: "DIRECT_BILL" } });
    expect((await refusalOf(saveEnrollmentDraft(org.actor, "DIRECT_BILL", { legalName: "x" }))).code).toBe("FORBIDDEN");
    expect(
      (await refusalOf(submitEnrollment(org.actor, "DIRECT_BILL", validDetails(org.tenant.primaryDomain), "en"))).code,
    ).toBe("FORBIDDEN");
    expect(
      (await refusalOf(signInMembership(org.actor, "DIRECT_BILL", { email: "a@b.example", password: "x" }, meta())))
        .code,
    ).toBe("FORBIDDEN");
    expect(await testDb().partnerOrganization.count({ where: { tenantId: org.tenant.id } })).toBe(0);
  });

  it("a customer tenant's Global admin can't enroll", async () => {
    const customer = await newPartnerTenant({ kind: "CUSTOMER" });
    const error = await refusalOf(startEnrollment(customer.actor, "INDIRECT_RESELLER"));
    expect(error.messageKey).toBe("enroll.refused.customerTenant");
    expect(await testDb().enrollmentDraft.count({ where: { tenantId: customer.tenant.id } })).toBe(0);
  });

  it("a program already held can't be enrolled again", async () => {
    const partner = await enrolledPartner({ programs: ["INDIRECT_RESELLER"] });
    const error = await refusalOf(startEnrollment(partner.actor, "INDIRECT_RESELLER"));
    expect(error.code).toBe("CONFLICT");
    expect((await getEnrollmentWizard(partner.actor, "INDIRECT_RESELLER")).step).toBe("submitted");
  });
});

describe("a second program", () => {
  it("an organization in one program enrolls in another with only the missing details; an unverified contact gets a new link", async () => {
    const partner = await enrolledPartner({ programs: ["INDIRECT_RESELLER"], status: "AWAITING_EMAIL_VERIFICATION" });
    expect(await startEnrollment(partner.actor, "INDIRECT_PROVIDER")).toBe("details");
    // Legal profile fields aren't asked (nor accepted) here: they are changed under Partner profile.
    const extra = await refusalOf(
      submitEnrollment(
        partner.actor,
        "INDIRECT_PROVIDER",
        { supportEmail: `s@${partner.tenant.primaryDomain}`, legalName: "Other" },
        "en",
      ),
    );
    expect(extra.code).toBe("VALIDATION");
    const result = await submitEnrollment(
      partner.actor,
      "INDIRECT_PROVIDER",
      { supportEmail: `s@${partner.tenant.primaryDomain}` },
      "en",
    );
    expect(result.status).toBe("AWAITING_EMAIL_VERIFICATION");
    const verification = await testDb().emailVerification.findFirstOrThrow({
      where: { partnerId: partner.partner.id },
    });
    expect(verification.email).toBe(partner.partner.contactEmail);
  });
});
