// P-profile-view / P-profile-edit: Settings → Partner profile through the domain functions, as
// every role combination, a customer tenant and a Global admin demoted mid-request. Refused calls
// answer NOT_FOUND and leave the database as it was. Also the field validation of the form and
// R13 (the legal country stays the tenant's country).
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { DomainError } from "@/lib/errors";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { getPartnerProfile } from "@/lib/partners/get-partner-profile";
import { partnerProfileSchema, type PartnerProfileInput } from "@/lib/partners/partner-profile-input";
import { updatePartnerProfile } from "@/lib/partners/update-partner-profile";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createCustomer, createPartner, createUser } from "../helpers/factories";

const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
const combos = AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ agentRole, adminRole })));
// SPEC §2, transcribed independently of lib/authz: view — Admin agent, Sales agent, Global admin,
// User management admin; edit — Global admin only.
const mayView = (r: { agentRole: AgentRole; adminRole: AdminRole }) =>
  ["ADMIN_AGENT", "SALES_AGENT"].includes(r.agentRole) ||
  ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"].includes(r.adminRole);
const mayEdit = (r: { adminRole: AdminRole }) => r.adminRole === "GLOBAL_ADMIN";

type Partner = Awaited<ReturnType<typeof createPartner>>["partner"];

/** The form's values for a partner row, with `changes` applied. */
function profileInput(
  partner: Partner,
  changes: Partial<Record<keyof PartnerProfileInput, string>> = {},
): PartnerProfileInput {
  return partnerProfileSchema.parse({
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
}

async function snapshot(partnerId: string, tenantId: string) {
  const [partner, audits, emails, verifications] = await Promise.all([
    testDb().partnerOrganization.findUniqueOrThrow({ where: { id: partnerId } }),
    testDb().auditEvent.count({ where: { tenantId } }),
    testDb().outboxEmail.count({ where: { tenantId } }),
    testDb().emailVerification.count({ where: { partnerId } }),
  ]);
  return { partner, audits, emails, verifications };
}

async function refusal(call: Promise<unknown>): Promise<DomainError> {
  try {
    await call;
  } catch (error) {
    return error as DomainError;
  }
  throw new Error("expected the call to be refused");
}

describe.each(combos)("P-profile-view / P-profile-edit as $agentRole + $adminRole", (roles) => {
  let actor: SessionUser;
  let partner: Partner;
  beforeAll(async () => {
    const own = await createPartner({ agreementAccepted: true });
    partner = own.partner;
    const user = await createUser({ tenantId: own.tenant.id, ...roles });
    actor = (await signInAs(user.email)).actor;
  });

  it(
    mayView(roles) ? "P-profile-view: sees the profile and Program info" : "P-profile-view: refused with NOT_FOUND",
    async () => {
      if (mayView(roles)) {
        const view = await getPartnerProfile(actor);
        expect(view.profile.pnId).toBe(partner.pnId);
        expect(view.programs.map((p) => p.program)).toEqual(["INDIRECT_RESELLER"]);
        expect(view.canEdit).toBe(mayEdit(roles));
      } else {
        expect((await refusal(getPartnerProfile(actor))).code).toBe("NOT_FOUND");
      }
    },
  );

  it(
    mayEdit(roles) ? "P-profile-edit: saves a change" : "P-profile-edit: refused with NOT_FOUND, database unchanged",
    async () => {
      const before = await snapshot(partner.id, actor.tenantId);
      const call = updatePartnerProfile(actor, profileInput(partner, { city: `City ${roles.agentRole}` }), "en");
      if (mayEdit(roles)) {
        expect((await call).changed).toEqual(["city"]);
        expect((await snapshot(partner.id, actor.tenantId)).partner.city).toBe(`City ${roles.agentRole}`);
      } else {
        expect((await refusal(call)).code).toBe("NOT_FOUND");
        expect(await snapshot(partner.id, actor.tenantId)).toEqual(before);
      }
    },
  );
});

describe("P-profile-view / P-profile-edit outside a partner's own roles", () => {
  it("a customer tenant's Global admin gets NOT_FOUND for view and edit", async () => {
    const customer = await createCustomer();
    const { actor } = await signInAs(customer.admin!.email);
    const { partner, tenant } = await createPartner();
    expect((await refusal(getPartnerProfile(actor))).code).toBe("NOT_FOUND");
    const before = await snapshot(partner.id, tenant.id);
    expect((await refusal(updatePartnerProfile(actor, profileInput(partner, { city: "Nowhere" }), "en"))).code).toBe(
      "NOT_FOUND",
    );
    expect(await snapshot(partner.id, tenant.id)).toEqual(before);
  });

  it("the partner comes from the session: a Global admin only ever edits its own organization", async () => {
    const own = await createPartner();
    const other = await createPartner();
    const { actor } = await signInAs(own.admin!.email);
    const before = await snapshot(other.partner.id, other.tenant.id);
    await updatePartnerProfile(actor, profileInput(other.partner, { city: "Elsewhere" }), "en");
    expect(await snapshot(other.partner.id, other.tenant.id)).toEqual(before);
    expect((await testDb().partnerOrganization.findUniqueOrThrow({ where: { id: own.partner.id } })).city).toBe(
      "Elsewhere",
    );
  });

  it("a Global admin demoted after signing in is refused (roles re-read in the transaction), database unchanged", async () => {
    const { partner, tenant, admin } = await createPartner();
    const { actor } = await signInAs(admin!.email);
    await testDb().user.update({ where: { id: admin!.id }, data: { adminRole: "NO_ADMIN" } });
    const before = await snapshot(partner.id, tenant.id);
    expect((await refusal(updatePartnerProfile(actor, profileInput(partner, { city: "Late" }), "en"))).code).toBe(
      "NOT_FOUND",
    );
    expect(await snapshot(partner.id, tenant.id)).toEqual(before);
  });
});

describe("P-profile-edit validation: field messages, never a 500", () => {
  const base = {
    legalName: "Fabrikam Solutions GmbH",
    addressLine1: "1 Main Street",
    addressLine2: "",
    city: "Berlin",
    postalCode: "10115",
    countryCode: "DE",
    contactName: "Casey",
    contactEmail: "casey@fabrikam.example",
    contactPhone: "+49 30 1234567",
    supportEmail: "support@fabrikam.example",
    supportPhone: "",
    supportWebsite: "",
  };
  const messagesFor = (changes: Record<string, unknown>) => {
    const result = partnerProfileSchema.safeParse({ ...base, ...changes });
    return result.success
      ? {}
      : Object.fromEntries(result.error.issues.map((issue) => [String(issue.path[0] ?? "form"), issue.message]));
  };

  it.each([
    ["legalName", "", "profile.error.required"],
    ["legalName", "x".repeat(201), "profile.error.tooLong200"],
    ["legalName", "Evil\tCorp", "profile.error.controlCharacters"],
    ["addressLine2", "a\u0000b", "profile.error.controlCharacters"],
    ["city", "c".repeat(101), "profile.error.tooLong100"],
    ["postalCode", "1".repeat(21), "profile.error.tooLong20"],
    ["countryCode", "XX", "profile.error.countryInvalid"],
    ["contactName", "   ", "profile.error.required"],
    ["contactEmail", "not an email", "profile.error.emailInvalid"],
    ["contactPhone", "call me", "profile.error.phoneInvalid"],
    ["contactPhone", "+1 2", "profile.error.phoneInvalid"],
    ["supportEmail", "", "profile.error.required"],
    ["supportPhone", "p".repeat(41), "profile.error.tooLong40"],
    ["supportWebsite", "javascript:alert(1)", "profile.error.websiteInvalid"],
    ["supportWebsite", "ftp://files.example.com", "profile.error.websiteInvalid"],
    ["supportWebsite", "support.example.com", "profile.error.websiteInvalid"],
    ["supportWebsite", "https://user:pw@support.example.com", "profile.error.websiteInvalid"],
  ])("%s = %j → %s", (field, value, message) => {
    expect(messagesFor({ [field]: value })[field]).toBe(message);
  });

  it("accepts good values and normalizes them (trim, lower-cased emails, empty optional fields → null)", () => {
    const parsed = partnerProfileSchema.parse({
      ...base,
      contactEmail: "  Casey@Fabrikam.EXAMPLE ",
      countryCode: "de",
      supportWebsite: "https://support.fabrikam.example/help",
    });
    expect(parsed).toMatchObject({
      contactEmail: "casey@fabrikam.example",
      countryCode: "DE",
      addressLine2: null,
      supportPhone: null,
      supportWebsite: "https://support.fabrikam.example/help",
    });
  });

  it("is strict: unknown fields (e.g. a PN ID or a tenant id) are refused", () => {
    expect(partnerProfileSchema.safeParse({ ...base, pnId: "4100001" }).success).toBe(false);
    expect(partnerProfileSchema.safeParse({ ...base, tenantId: "00000000-0000-0000-0000-000000000000" }).success).toBe(
      false,
    );
  });

  it("the domain function parses again: over-long text from another caller is a VALIDATION error, database unchanged", async () => {
    const { partner, tenant, admin } = await createPartner();
    const { actor } = await signInAs(admin!.email);
    const before = await snapshot(partner.id, tenant.id);
    const error = await refusal(
      updatePartnerProfile(actor, { ...profileInput(partner), legalName: "x".repeat(500) }, "en"),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details.fieldErrors).toEqual({ legalName: "profile.error.tooLong200" });
    expect(await snapshot(partner.id, tenant.id)).toEqual(before);
  });

  it("R13: the legal country can't move away from the tenant's country; the field says why, database unchanged", async () => {
    const { partner, tenant, admin } = await createPartner({ countryCode: "DE" });
    const { actor } = await signInAs(admin!.email);
    const before = await snapshot(partner.id, tenant.id);
    const error = await refusal(
      updatePartnerProfile(actor, profileInput(partner, { countryCode: "FR", city: "Paris" }), "en"),
    );
    expect(error.code).toBe("RULE");
    expect(error.details.rule).toBe("R13");
    expect(error.message).toMatch(/^R13: the legal country must be your tenant's country \(DE\)/);
    expect(error.details.fieldErrors).toEqual({ countryCode: "profile.error.countryLocked" });
    expect(await snapshot(partner.id, tenant.id)).toEqual(before);
  });

  it("R13: a legal country already different from the tenant's may be moved back to the tenant's country", async () => {
    const { partner, tenant, admin } = await createPartner({ countryCode: "DE" });
    await testDb().partnerOrganization.update({ where: { id: partner.id }, data: { countryCode: "AT" } });
    const { actor } = await signInAs(admin!.email);
    const stale = { ...partner, countryCode: "AT" };
    expect((await updatePartnerProfile(actor, profileInput(stale, { city: "Wien" }), "en")).changed).toEqual(["city"]); // keeping AT is allowed
    await updatePartnerProfile(actor, profileInput(stale, { city: "Berlin", countryCode: "DE" }), "en");
    expect((await snapshot(partner.id, tenant.id)).partner.countryCode).toBe("DE");
  });
});
