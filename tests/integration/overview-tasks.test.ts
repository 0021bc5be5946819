// The Overview as a task list for each kind of user (SPEC §4 pending steps, issue 11): each pending
// step says what this viewer can do — resend the verification email (P-profile-edit), read and
// accept the Partner Agreement (R5: Global admins accept, others read and are told who can), the R14
// agreement — and every partner user gets quick links to the pages their roles open (§2).
import { describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { listOverviewTasks, listQuickLinks } from "@/lib/overview/overview-tasks";
import { getAgreementSteps } from "@/lib/partners/get-agreement-steps";
import { getOrganizationOverview } from "@/lib/partners/get-organization-overview";
import { listActivePrograms } from "@/lib/partners/list-active-programs";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createUser } from "../helpers/factories";

const tasksOf = async (actor: SessionUser) =>
  listOverviewTasks(actor, await getOrganizationOverview(actor), await getAgreementSteps(actor));

const userOf = async (tenantId: string, agentRole: AgentRole, adminRole: AdminRole, name?: string) => {
  const user = await createUser({ tenantId, agentRole, adminRole, ...(name ? { name } : {}) });
  return (await signInAs(user.email)).actor;
};

describe("Overview tasks", () => {
  it("R5: without the current Partner Agreement a Global admin reads and accepts it; an Admin agent reads it and is told who can", async () => {
    const partner = await createPartner({ agreementAccepted: false });
    const admin = (await signInAs(partner.admin!.email)).actor;
    expect(await tasksOf(admin)).toEqual([
      { id: "acceptAgreement", version: expect.any(String), canAccept: true, globalAdminNames: [partner.admin!.name] },
    ]);
    const agent = await userOf(partner.tenant.id, "ADMIN_AGENT", "NO_ADMIN");
    expect(await tasksOf(agent)).toEqual([
      { id: "acceptAgreement", version: expect.any(String), canAccept: false, globalAdminNames: [partner.admin!.name] },
    ]);
  });

  it("R12: an unverified primary contact while the enrollment waits: a Global admin can resend, a User management admin opens the profile", async () => {
    const partner = await createPartner({ status: "AWAITING_EMAIL_VERIFICATION" });
    const admin = (await signInAs(partner.admin!.email)).actor;
    const [task] = await tasksOf(admin);
    expect(task).toEqual({ id: "verifyEmail", email: partner.partner.contactEmail, action: "resend" });
    const usersAdmin = await userOf(partner.tenant.id, "NO_AGENT", "USER_MANAGEMENT_ADMIN");
    expect((await tasksOf(usersAdmin))[0]).toEqual({
      id: "verifyEmail",
      email: partner.partner.contactEmail,
      action: "profile",
    });
  });

  it("R12: a changed primary contact waiting for its owner is a step too, naming the new address", async () => {
    const partner = await createPartner();
    await testDb().partnerOrganization.update({
      where: { id: partner.partner.id },
      data: { pendingContactEmail: `new-contact@${partner.tenant.primaryDomain}` },
    });
    const admin = (await signInAs(partner.admin!.email)).actor;
    expect(await tasksOf(admin)).toEqual([
      { id: "verifyEmail", email: `new-contact@${partner.tenant.primaryDomain}`, action: "profile" },
    ]);
  });

  it("a partner with everything done has no pending steps", async () => {
    const partner = await createPartner();
    expect(await tasksOf((await signInAs(partner.admin!.email)).actor)).toEqual([]);
  });

  it("P-customers-view, P-support-request: a Helpdesk agent's quick links are Customers and its program's page; a Global admin's add the settings", async () => {
    const partner = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    const helpdesk = await userOf(partner.tenant.id, "HELPDESK_AGENT", "NO_ADMIN");
    const links = (actor: SessionUser) =>
      listActivePrograms(actor).then((activePrograms) =>
        listQuickLinks({ ...actor, activePrograms }).map((link) => link.href),
      );
    expect(await links(helpdesk)).toEqual(["/customers", "/indirect-providers"]);
    const admin = (await signInAs(partner.admin!.email)).actor;
    expect(await links(admin)).toEqual([
      "/customers",
      "/indirect-providers",
      "/settings/users",
      "/settings/partner-profile",
      "/settings/audit-log",
      "/settings/support",
    ]);
    // Each link says what it is for.
    expect(listQuickLinks({ ...helpdesk, activePrograms: ["INDIRECT_RESELLER"] })[0]).toEqual({
      href: "/customers",
      label: "nav.customers",
      description: "overview.quick.customers",
    });
  });
});
