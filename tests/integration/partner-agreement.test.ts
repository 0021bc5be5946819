// R5 Partner Agreement: accepted by a Global admin only (P-profile-edit), recorded with signer,
// title, date, version and user, audited, idempotent; getTransactReadiness names each missing step.
import { describe, expect, it } from "vitest";
import type { OperatorActor, UserActor } from "@/lib/auth/actor";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { acceptPartnerAgreement } from "@/lib/partners/accept-partner-agreement";
import { CURRENT_PARTNER_AGREEMENT_VERSION } from "@/lib/partners/get-organization-overview";
import { getTransactReadiness } from "@/lib/partners/get-transact-readiness";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createUser, unique } from "../helpers/factories";

type Refusal = { code: string; details: { rule?: string; fieldErrors?: Record<string, string> } };
const refusal = async (promise: Promise<unknown>): Promise<Refusal> => {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error("expected a refusal");
};

const input = (extra: Record<string, string> = {}) => ({
  version: CURRENT_PARTNER_AGREEMENT_VERSION,
  signerName: "Gina Global",
  signerTitle: "CEO",
  confirm: "on" as const,
  ...extra,
});

async function partnerWithoutAgreement() {
  const created = await createPartner({ agreementAccepted: false });
  const { actor } = await signInAs(created.admin!.email);
  return { ...created, actor };
}

const acceptances = (partnerId: string) =>
  testDb().agreementAcceptance.findMany({ where: { partnerId, kind: "PARTNER_AGREEMENT" } });

describe("R5 accepting the Partner Agreement", () => {
  it("a Global admin accepts the current version: signer, title, version and user recorded, audited in the tenant's log", async () => {
    const { partner, tenant, admin, actor } = await partnerWithoutAgreement();
    const result = await acceptPartnerAgreement(
      actor,
      input({ signerName: "  Gina Global ", signerTitle: "Managing Director" }),
    );
    expect(result.alreadyAccepted).toBe(false);
    const [row] = await acceptances(partner.id);
    expect(row).toMatchObject({
      version: CURRENT_PARTNER_AGREEMENT_VERSION,
      signerName: "Gina Global",
      signerTitle: "Managing Director",
      acceptedByUserId: admin!.id,
    });
    expect(row.acceptedAt).toBeInstanceOf(Date);
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, action: "agreement.accepted" },
    });
    expect(event).toMatchObject({
      actorUserId: admin!.id,
      targetId: row.id,
      after: { version: CURRENT_PARTNER_AGREEMENT_VERSION, signerName: "Gina Global" },
    });
  });

  it("is idempotent: a second accept of the same version, or a double submit, records one acceptance and one event", async () => {
    const { partner, tenant, actor } = await partnerWithoutAgreement();
    const results = await Promise.all([
      acceptPartnerAgreement(actor, input()),
      acceptPartnerAgreement(actor, input({ signerName: "Someone Else" })),
    ]);
    expect(results.map((result) => result.alreadyAccepted).sort()).toEqual([false, true]);
    const again = await acceptPartnerAgreement(actor, input({ signerTitle: "Changed" }));
    expect(again.alreadyAccepted).toBe(true);
    expect(await acceptances(partner.id)).toHaveLength(1);
    expect(await testDb().auditEvent.count({ where: { tenantId: tenant.id, action: "agreement.accepted" } })).toBe(1);
  });

  it("only a Global admin (P-profile-edit): every other role and an operator are refused and nothing is recorded", async () => {
    const { partner, tenant } = await partnerWithoutAgreement();
    const roles: [AgentRole, AdminRole][] = [
      ["ADMIN_AGENT", "NO_ADMIN"],
      ["SALES_AGENT", "NO_ADMIN"],
      ["HELPDESK_AGENT", "NO_ADMIN"],
      ["NO_AGENT", "USER_MANAGEMENT_ADMIN"],
      ["ADMIN_AGENT", "USER_MANAGEMENT_ADMIN"],
      ["NO_AGENT", "NO_ADMIN"],
    ];
    for (const [agentRole, adminRole] of roles) {
      const user = await createUser({ tenantId: tenant.id, agentRole, adminRole });
      const { actor } = await signInAs(user.email);
      expect((await refusal(acceptPartnerAgreement(actor, input()))).code, `${agentRole}+${adminRole}`).toBe(
        "NOT_FOUND",
      );
    }
    const operator: OperatorActor = {
      kind: "operator",
      operatorId: "00000000-0000-4000-8000-000000000000",
      email: "op@vendor.example",
      name: "Op",
      ip: null,
    };
    expect((await refusal(acceptPartnerAgreement(operator as unknown as UserActor, input()))).code).toBe("NOT_FOUND");
    // A user whose roles were lowered after the request started is refused inside the transaction.
    const demoted = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" });
    const { actor: stale } = await signInAs(demoted.email);
    await testDb().user.update({ where: { id: demoted.id }, data: { adminRole: "NO_ADMIN" } });
    expect((await refusal(acceptPartnerAgreement(stale, input()))).code).toBe("NOT_FOUND");
    expect(await acceptances(partner.id)).toHaveLength(0);
    expect(await testDb().auditEvent.count({ where: { tenantId: tenant.id } })).toBe(0);
  });

  it("the box must be ticked, names and titles are required and limited, an older version shown is refused (R5)", async () => {
    const { partner, actor } = await partnerWithoutAgreement();
    const fields = async (body: Record<string, unknown>) =>
      (await refusal(acceptPartnerAgreement(actor, body as never))).details.fieldErrors;
    expect(await fields({ ...input(), confirm: undefined })).toEqual({ confirm: "agreement.confirmRequired" });
    expect(await fields(input({ signerName: " " }))).toEqual({ signerName: "agreement.signerNameRequired" });
    expect(await fields(input({ signerTitle: "x".repeat(201) }))).toEqual({ signerTitle: "agreement.tooLong" });
    expect(await fields(input({ signerName: "Eve\u0000" }))).toEqual({ signerName: "agreement.invalidText" });
    expect((await refusal(acceptPartnerAgreement(actor, { ...input(), partnerId: partner.id } as never))).code).toBe(
      "VALIDATION",
    );
    const stale = await refusal(acceptPartnerAgreement(actor, input({ version: "2019-01" })));
    expect(stale).toMatchObject({ code: "CONFLICT", details: { rule: "R5" } });
    expect(await acceptances(partner.id)).toHaveLength(0);
  });
});

describe("R5 getTransactReadiness", () => {
  it("a reseller with an account, an approved enrollment and the current agreement is ready", async () => {
    const { partner } = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    expect(await getTransactReadiness(partner.id)).toEqual({ ready: true, missing: [] });
  });

  it("account: no active Global admin", async () => {
    const { partner, tenant } = await createPartner({ withAdmin: false });
    expect(await getTransactReadiness(partner.id)).toEqual({ ready: false, missing: ["account"] });
    const disabled = await createUser({ tenantId: tenant.id, adminRole: "GLOBAL_ADMIN" });
    await testDb().user.update({ where: { id: disabled.id }, data: { status: "DISABLED" } });
    await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" });
    expect((await getTransactReadiness(partner.id)).missing).toEqual(["account"]);
  });

  it("approved_reseller_enrollment: in review, rejected, or another program", async () => {
    for (const status of ["AWAITING_EMAIL_VERIFICATION", "IN_REVIEW", "REJECTED"] as const) {
      const { partner } = await createPartner({ status });
      expect((await getTransactReadiness(partner.id)).missing, status).toEqual(["approved_reseller_enrollment"]);
    }
    const provider = await createPartner({ programs: ["INDIRECT_PROVIDER", "DIRECT_BILL"] });
    expect((await getTransactReadiness(provider.partner.id)).missing).toEqual(["approved_reseller_enrollment"]);
  });

  it("partner_agreement: not accepted, or only an older version; accepting it makes the reseller ready", async () => {
    const { partner, actor } = await partnerWithoutAgreement();
    expect(await getTransactReadiness(partner.id)).toEqual({ ready: false, missing: ["partner_agreement"] });
    await testDb().agreementAcceptance.create({
      data: {
        partnerId: partner.id,
        kind: "PARTNER_AGREEMENT",
        version: "2019-01",
        signerName: "Old",
        signerTitle: "Old",
      },
    });
    expect((await getTransactReadiness(partner.id)).missing).toEqual(["partner_agreement"]);
    await acceptPartnerAgreement(actor, input());
    expect(await getTransactReadiness(partner.id)).toEqual({ ready: true, missing: [] });
  });

  it("everything missing at once, in order; an unknown or malformed id misses every step", async () => {
    const { partner } = await createPartner({ withAdmin: false, agreementAccepted: false, status: "IN_REVIEW" });
    expect(await getTransactReadiness(partner.id)).toEqual({
      ready: false,
      missing: ["account", "approved_reseller_enrollment", "partner_agreement"],
    });
    expect((await getTransactReadiness("00000000-0000-4000-8000-000000000000")).missing).toHaveLength(3);
    expect((await getTransactReadiness(`nope-${unique()}`)).ready).toBe(false);
  });

  it("runs inside a caller's transaction", async () => {
    const { partner } = await createPartner();
    const inside = await testDb().$transaction((tx) => getTransactReadiness(partner.id, tx));
    expect(inside.ready).toBe(true);
  });
});
