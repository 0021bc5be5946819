// The Overview's reads (SPEC §2 P-profile-view, §1 tenants, R11) and the operator console's summary.
// The program/profile facts (PN ID, legal name, enrollments, who signed the Partner Agreement) are
// checked inside the domain function; a customer's partner list is tenant-scoped and for
// customer tenants only; the operator summary refuses anything that is not an operator.
import { beforeAll, describe, expect, it } from "vitest";
import type { OperatorActor } from "@/lib/auth/actor";
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { getProgramSummary } from "@/lib/operator/get-program-summary";
import { getOrganizationOverview } from "@/lib/partners/get-organization-overview";
import { listActivePrograms } from "@/lib/partners/list-active-programs";
import { listCustomerPartners } from "@/lib/partners/list-customer-partners";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import {
  createCustomer,
  createCustomerRelationship,
  createPartner,
  createTenant,
  createUser,
  unique,
} from "../helpers/factories";

const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
const combos = AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ agentRole, adminRole })));
// SPEC §2, transcribed: P-profile-view — Admin agent, Sales agent, Global admin, User management admin (not Helpdesk agent).
const PROFILE_VIEW: string[] = ["ADMIN_AGENT", "SALES_AGENT", "GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN"];

const codeOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
};

describe("P-profile-view the Overview's program and profile facts", () => {
  let partner: Awaited<ReturnType<typeof createPartner>>;
  beforeAll(async () => {
    partner = await createPartner({ programs: ["INDIRECT_PROVIDER", "DIRECT_BILL"] });
  });

  it.each(combos)("$agentRole + $adminRole", async (roles) => {
    const user = await createUser({ tenantId: partner.tenant.id, ...roles });
    const { actor } = await signInAs(user.email);
    const allowed = PROFILE_VIEW.includes(roles.agentRole) || PROFILE_VIEW.includes(roles.adminRole);
    if (!allowed) {
      expect(await codeOf(getOrganizationOverview(actor))).toBe("NOT_FOUND");
      return;
    }
    const overview = await getOrganizationOverview(actor);
    expect(overview).toMatchObject({
      name: partner.tenant.name,
      primaryDomain: partner.tenant.primaryDomain,
      countryCode: "DE",
      agreementCurrent: true,
    });
    expect(overview.partner).toMatchObject({
      id: partner.partner.id,
      pnId: partner.partner.pnId,
      legalName: partner.partner.legalName,
    });
    expect(overview.partner.enrollments.map((enrollment) => enrollment.program).sort()).toEqual([
      "DIRECT_BILL",
      "INDIRECT_PROVIDER",
    ]);
    expect(overview.agreement?.signerName).toBe("Casey Signer");
  });

  it("a Helpdesk agent gets nothing of it: no PN ID, legal name, enrollments or signer", async () => {
    const helpdesk = await createUser({
      tenantId: partner.tenant.id,
      agentRole: "HELPDESK_AGENT",
      adminRole: "NO_ADMIN",
    });
    const { actor } = await signInAs(helpdesk.email);
    await expect(getOrganizationOverview(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("a customer tenant's Global admin and a partner tenant without an organization are refused", async () => {
    const customer = await createCustomer();
    const { actor: customerAdmin } = await signInAs(customer.admin!.email);
    expect(await codeOf(getOrganizationOverview(customerAdmin))).toBe("NOT_FOUND");
    const bare = await createTenant({ kind: "PARTNER" });
    const bareAdmin = await createUser({ tenantId: bare.id, agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" });
    const { actor } = await signInAs(bareAdmin.email);
    expect(await codeOf(getOrganizationOverview(actor))).toBe("NOT_FOUND");
  });

  it("the facts are always the actor's own organization, even if the actor object names another partner", async () => {
    const other = await createPartner();
    const { actor } = await signInAs(partner.admin!.email);
    const forged: SessionUser = { ...actor, partnerId: other.partner.id };
    expect(await codeOf(getOrganizationOverview(forged))).toBe("NOT_FOUND");
  });
});

describe("R11 a customer's Overview lists its partners (customer tenants only)", () => {
  it("its active relationships only — not ended ones, not another customer's", async () => {
    const customer = await createCustomer();
    const otherCustomer = await createCustomer();
    const provider = await createPartner({ programs: ["INDIRECT_PROVIDER"] });
    const reseller = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const former = await createPartner();
    await createCustomerRelationship({
      partnerId: reseller.partner.id,
      customerTenantId: customer.tenant.id,
      linkedPartnerId: provider.partner.id,
    });
    await createCustomerRelationship({
      partnerId: provider.partner.id,
      customerTenantId: customer.tenant.id,
      linkedPartnerId: reseller.partner.id,
    });
    await createCustomerRelationship({
      partnerId: former.partner.id,
      customerTenantId: customer.tenant.id,
      status: "ENDED",
    });
    await createCustomerRelationship({ partnerId: former.partner.id, customerTenantId: otherCustomer.tenant.id });

    const { actor } = await signInAs(customer.admin!.email);
    const partners = await listCustomerPartners(actor);
    expect(partners.map((row) => row.pnId).sort()).toEqual([provider.partner.pnId, reseller.partner.pnId].sort());
    expect(partners.map((row) => row.partnerName).sort()).toEqual(
      [provider.partner.legalName, reseller.partner.legalName].sort(),
    );
    // Only what the page shows.
    expect(Object.keys(partners[0]).sort()).toEqual([
      "channel",
      "id",
      "linkedPartnerName",
      "pairRole",
      "partnerName",
      "pnId",
      "startedAt",
      "support",
    ]);
    // Where the customer gets help: the partner's support details from its profile.
    const resellerRow = partners.find((row) => row.pnId === reseller.partner.pnId)!;
    expect(resellerRow.support).toEqual({ email: reseller.partner.supportEmail, phone: null, website: null });

    // Any user of the customer tenant sees the same list; nobody else's list leaks in.
    const colleague = await createUser({ tenantId: customer.tenant.id });
    expect((await listCustomerPartners((await signInAs(colleague.email)).actor)).length).toBe(2);
    const { actor: otherAdmin } = await signInAs(otherCustomer.admin!.email);
    expect((await listCustomerPartners(otherAdmin)).map((row) => row.pnId)).toEqual([former.partner.pnId]);
  });

  it("a partner tenant's users are refused, whatever their roles", async () => {
    const { admin } = await createPartner();
    const { actor } = await signInAs(admin!.email);
    expect(await codeOf(listCustomerPartners(actor))).toBe("NOT_FOUND");
  });
});

describe("the navigation's active programs", () => {
  it("lists only approved enrollments of the actor's own organization; a customer has none", async () => {
    const approved = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    await testDb().programEnrollment.create({
      data: { partnerId: approved.partner.id, program: "DIRECT_BILL", status: "IN_REVIEW" },
    });
    const { actor } = await signInAs(approved.admin!.email);
    expect(await listActivePrograms(actor)).toEqual(["INDIRECT_RESELLER"]);
    const customer = await createCustomer();
    expect(await listActivePrograms((await signInAs(customer.admin!.email)).actor)).toEqual([]);
  });
});

describe("operator console summary", () => {
  it("an operator gets the counts; a partner user passed off as an operator gets not found", async () => {
    const row = await testDb().operator.create({
      data: { email: `operator-${unique()}@vendor.example`, name: "Olivia Operator", passwordHash: "not-used" },
    });
    const operator: OperatorActor = {
      kind: "operator",
      operatorId: row.id,
      email: row.email,
      name: row.name,
      ip: null,
    };
    const summary = await getProgramSummary(operator);
    expect(summary.partners).toBeGreaterThanOrEqual(0);
    expect(Object.keys(summary).sort()).toEqual(["customers", "deadEmails", "inReview", "openSupport", "partners"]);

    const { admin } = await createPartner();
    const { actor } = await signInAs(admin!.email);
    expect(await codeOf(getProgramSummary(actor as unknown as OperatorActor))).toBe("NOT_FOUND");
    expect(await codeOf(getProgramSummary({ ...operator, kind: "user" } as unknown as OperatorActor))).toBe(
      "NOT_FOUND",
    );
    expect(await codeOf(getProgramSummary({ ...operator, operatorId: "" }))).toBe("NOT_FOUND");
  });
});
