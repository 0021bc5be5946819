// Settings → Partner profile, P-profile-edit: a changed primary-contact email is not used until it
// is verified (R12). It waits in pendingContactEmail; the verification link goes to the new
// address and a notice to the old one, in the same transaction as the change and its audit event
// ("partner.profile_updated", before/after of the changed fields). Webmail is refused (R12).
import { describe, expect, it } from "vitest";
import type { DomainError } from "@/lib/errors";
import { verifyContactEmail } from "@/lib/enrollment/verify-contact-email";
import { partnerProfileSchema, type PartnerProfileInput } from "@/lib/partners/partner-profile-input";
import { updatePartnerProfile } from "@/lib/partners/update-partner-profile";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, unique } from "../helpers/factories";

type Partner = Awaited<ReturnType<typeof createPartner>>["partner"];

const input = (
  partner: Partner,
  changes: Partial<Record<keyof PartnerProfileInput, string>> = {},
): PartnerProfileInput =>
  partnerProfileSchema.parse({
    legalName: partner.legalName,
    addressLine1: partner.addressLine1,
    addressLine2: partner.addressLine2 ?? "",
    city: partner.city,
    postalCode: partner.postalCode,
    countryCode: partner.countryCode,
    contactName: partner.contactName,
    contactEmail: partner.contactEmail,
    contactPhone: partner.contactPhone,
    supportEmail: partner.supportEmail,
    supportPhone: partner.supportPhone ?? "",
    supportWebsite: partner.supportWebsite ?? "",
    ...changes,
  });

async function setup() {
  const created = await createPartner();
  const { actor } = await signInAs(created.admin!.email);
  return { ...created, actor, newEmail: `new-contact-${unique()}@${created.tenant.primaryDomain}` };
}

const row = (id: string) => testDb().partnerOrganization.findUniqueOrThrow({ where: { id } });
const outbox = (tenantId: string) =>
  testDb().outboxEmail.findMany({ where: { tenantId }, orderBy: { createdAt: "asc" } });
const audits = (tenantId: string) =>
  testDb().auditEvent.findMany({
    where: { tenantId, action: "partner.profile_updated" },
    orderBy: { createdAt: "asc" },
  });
/** The token of the newest verification link sent to `to`, as the contact reads it in the email. */
async function tokenSentTo(tenantId: string, to: string) {
  const emails = (await outbox(tenantId)).filter(
    (email) => email.template === "contact-verification" && email.toAddress === to,
  );
  const token = emails.at(-1)?.text?.match(/verify-email\?token=([A-Za-z0-9_-]{43})/)?.[1];
  if (!token) throw new Error(`no verification link to ${to}`);
  return token;
}

describe("P-profile-edit: changing the primary contact's email (R12)", () => {
  it("stores the new address as pending, emails the link to the new address and a notice to the old one, and audits it", async () => {
    const { partner, tenant, actor, newEmail } = await setup();
    const result = await updatePartnerProfile(
      actor,
      input(partner, { contactEmail: ` ${newEmail.toUpperCase()} ` }),
      "de",
    );
    expect(result).toMatchObject({
      changed: [],
      pendingContactEmail: newEmail,
      pendingChanged: true,
      verificationSent: true,
      contactEmail: partner.contactEmail,
    });

    const after = await row(partner.id);
    expect(after.contactEmail).toBe(partner.contactEmail); // not used until verified
    expect(after.contactEmailVerifiedAt).toEqual(partner.contactEmailVerifiedAt);
    expect(after.pendingContactEmail).toBe(newEmail);

    const emails = await outbox(tenant.id);
    expect(emails.map((email) => [email.template, email.toAddress])).toEqual([
      ["contact-verification", newEmail],
      ["contact-email-changed", partner.contactEmail],
    ]);
    const notice = emails[1]!;
    expect(notice.subject).toContain("E-Mail-Adresse des primären Kontakts"); // the actor's language
    expect(notice.text).toContain(newEmail);
    expect(notice.text).toContain(actor.name);

    const verifications = await testDb().emailVerification.findMany({
      where: { partnerId: partner.id },
      omit: { tokenHash: false },
    });
    expect(verifications).toHaveLength(1);
    expect(verifications[0]!.email).toBe(newEmail);
    expect(verifications[0]!.tokenHash).toMatch(/^[0-9a-f]{64}$/); // only a hash is stored

    const [event, ...more] = await audits(tenant.id);
    expect(more).toHaveLength(0);
    expect(event).toMatchObject({
      actorUserId: actor.userId,
      targetType: "partner",
      targetId: partner.id,
      before: { pendingContactEmail: null },
      after: { pendingContactEmail: newEmail },
    });
  });

  it("keeps the old address in use until the link is verified, then swaps the new one in", async () => {
    const { partner, tenant, actor, newEmail } = await setup();
    await updatePartnerProfile(actor, input(partner, { contactEmail: newEmail }), "en");
    // Saving other fields meanwhile keeps the pending address and sends nothing more.
    const before = (await outbox(tenant.id)).length;
    await updatePartnerProfile(actor, input(partner, { contactName: "Robin Renamed" }), "en");
    expect((await outbox(tenant.id)).length).toBe(before);
    expect(await row(partner.id)).toMatchObject({
      contactEmail: partner.contactEmail,
      pendingContactEmail: newEmail,
      contactName: "Robin Renamed",
    });

    expect(await verifyContactEmail(await tokenSentTo(tenant.id, newEmail))).toMatchObject({
      status: "verified",
      email: newEmail,
    });
    const verified = await row(partner.id);
    expect(verified).toMatchObject({ contactEmail: newEmail, pendingContactEmail: null });
    expect(verified.contactEmailVerifiedAt!.getTime()).toBeGreaterThan(partner.contactEmailVerifiedAt!.getTime());
  });

  it("a second new address replaces the pending one: the first link goes stale, both old-address notices are sent", async () => {
    const { partner, tenant, actor, newEmail } = await setup();
    const secondEmail = `second-${unique()}@${tenant.primaryDomain}`;
    await updatePartnerProfile(actor, input(partner, { contactEmail: newEmail }), "en");
    const firstToken = await tokenSentTo(tenant.id, newEmail);
    await updatePartnerProfile(actor, input(partner, { contactEmail: secondEmail }), "en");
    expect((await row(partner.id)).pendingContactEmail).toBe(secondEmail);
    expect(
      (await outbox(tenant.id)).filter(
        (email) => email.template === "contact-email-changed" && email.toAddress === partner.contactEmail,
      ),
    ).toHaveLength(2);
    expect(await verifyContactEmail(firstToken)).toEqual({ status: "stale" });
    expect((await row(partner.id)).contactEmail).toBe(partner.contactEmail);
    expect((await audits(tenant.id)).map((event) => event.after)).toEqual([
      { pendingContactEmail: newEmail },
      { pendingContactEmail: secondEmail },
    ]);
  });

  it("saving the pending address again sends a fresh link only (no notice, no audit event); the old link dies", async () => {
    const { partner, tenant, actor, newEmail } = await setup();
    await updatePartnerProfile(actor, input(partner, { contactEmail: newEmail }), "en");
    const firstToken = await tokenSentTo(tenant.id, newEmail);
    const result = await updatePartnerProfile(actor, input(partner, { contactEmail: newEmail }), "en");
    expect(result).toMatchObject({ changed: [], pendingChanged: false, verificationSent: true });
    expect((await outbox(tenant.id)).map((email) => email.template)).toEqual([
      "contact-verification",
      "contact-email-changed",
      "contact-verification",
    ]);
    expect(await audits(tenant.id)).toHaveLength(1);
    expect((await verifyContactEmail(firstToken)).status).toBe("expired");
    expect((await verifyContactEmail(await tokenSentTo(tenant.id, newEmail))).status).toBe("verified");
  });

  it.each(["someone@gmail.com", "Someone@Outlook.com", "x@mail.yahoo.com", "me@hotmail.de"])(
    "R12: refuses the webmail address %s, database unchanged",
    async (webmail) => {
      const { partner, tenant, actor } = await setup();
      let error: DomainError | undefined;
      try {
        await updatePartnerProfile(actor, input(partner, { contactEmail: webmail, city: "Changed" }), "en");
      } catch (caught) {
        error = caught as DomainError;
      }
      expect(error?.code).toBe("RULE");
      expect(error?.details.rule).toBe("R12");
      expect(error?.message).toMatch(/^R12: the primary contact email must not be a web-based mail service/);
      expect(error?.details.fieldErrors).toEqual({ contactEmail: "profile.error.webmail" });
      expect(await row(partner.id)).toMatchObject({
        city: partner.city,
        contactEmail: partner.contactEmail,
        pendingContactEmail: null,
        updatedAt: partner.updatedAt,
      });
      expect(await outbox(tenant.id)).toHaveLength(0);
      expect(await testDb().emailVerification.count({ where: { partnerId: partner.id } })).toBe(0);
      expect(await audits(tenant.id)).toHaveLength(0);
    },
  );

  it("the support email may stay a webmail address (R12 is about the primary contact)", async () => {
    const { partner, actor } = await setup();
    expect(
      (await updatePartnerProfile(actor, input(partner, { supportEmail: "helpdesk-team@gmail.com" }), "en")).changed,
    ).toEqual(["supportEmail"]);
  });
});

describe("P-profile-edit: the audit event (SPEC §6)", () => {
  it("records before/after of the changed fields only, with the actor and the IP", async () => {
    const { partner, tenant, actor } = await setup();
    const result = await updatePartnerProfile(
      actor,
      input(partner, { legalName: "Renamed GmbH", supportWebsite: "https://help.example.com", addressLine2: "" }),
      "en",
    );
    expect(result.changed.sort()).toEqual(["legalName", "supportWebsite"]);
    const [event] = await audits(tenant.id);
    expect(event).toMatchObject({
      actorUserId: actor.userId,
      actorLabel: actor.email,
      ip: actor.ip,
      targetLabel: "Renamed GmbH",
      before: { legalName: partner.legalName, supportWebsite: null },
      after: { legalName: "Renamed GmbH", supportWebsite: "https://help.example.com" },
    });
    expect(await outbox(tenant.id)).toHaveLength(0); // no email change, no email
  });

  it("a save without changes writes nothing (no audit event, no email)", async () => {
    const { partner, tenant, actor } = await setup();
    expect(await updatePartnerProfile(actor, input(partner), "en")).toMatchObject({
      changed: [],
      pendingChanged: false,
      verificationSent: false,
    });
    expect(await audits(tenant.id)).toHaveLength(0);
    expect(await outbox(tenant.id)).toHaveLength(0);
    expect((await row(partner.id)).updatedAt).toEqual(partner.updatedAt);
  });
});
