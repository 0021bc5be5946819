// R14 after approval: a direct-bill partner's indirect reseller enrollment (viaTransition) enables
// the indirect reseller capabilities only after "Accept and continue" by a Global admin who types
// the organization's name exactly; non-transition reseller enrollments are active on approval.
import { describe, expect, it } from "vitest";
import type { OperatorActor } from "@/lib/auth/actor";
import { approveEnrollment } from "@/lib/enrollment/approve-enrollment";
import { acceptIndirectResellerAgreement } from "@/lib/partners/accept-indirect-reseller-agreement";
import { getAgreementSteps } from "@/lib/partners/get-agreement-steps";
import { getTransactReadiness } from "@/lib/partners/get-transact-readiness";
import { listActivePrograms } from "@/lib/partners/list-active-programs";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createUser, unique } from "../helpers/factories";

type Refusal = {
  code: string;
  details: { rule?: string; fieldErrors?: Record<string, string>; vars?: Record<string, unknown> };
};
const refusal = async (promise: Promise<unknown>): Promise<Refusal> => {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error("expected a refusal");
};

async function newOperator(): Promise<OperatorActor> {
  const row = await testDb().operator.create({
    data: { email: `operator-${unique()}@vendor.example`, name: "Olivia Operator", passwordHash: "not-used" },
  });
  return { kind: "operator", operatorId: row.id, email: row.email, name: row.name, ip: null };
}

/** An eligible direct-bill partner whose move to indirect reseller waits in review. */
async function transitionInReview() {
  const direct = await createPartner({ programs: ["DIRECT_BILL"] });
  await testDb().partnerOrganization.update({
    where: { id: direct.partner.id },
    data: { indirectMoveEligibleAt: new Date() },
  });
  const enrollment = await testDb().programEnrollment.create({
    data: {
      partnerId: direct.partner.id,
      program: "INDIRECT_RESELLER",
      status: "IN_REVIEW",
      viaTransition: true,
      startedByUserId: direct.admin!.id,
      emailVerifiedAt: new Date(),
    },
  });
  const { actor } = await signInAs(direct.admin!.email);
  return { ...direct, enrollment, actor };
}

const accepted = (partnerId: string) =>
  testDb().agreementAcceptance.findMany({ where: { partnerId, kind: "INDIRECT_RESELLER_AGREEMENT" } });

describe("R14 Accept and continue", () => {
  it("the Overview offers the move only to an eligible direct-bill partner that hasn't enrolled as indirect reseller", async () => {
    const eligible = await createPartner({ programs: ["DIRECT_BILL"] });
    const { actor } = await signInAs(eligible.admin!.email);
    expect((await getAgreementSteps(actor)).moveOffered).toBe(false);
    await testDb().partnerOrganization.update({
      where: { id: eligible.partner.id },
      data: { indirectMoveEligibleAt: new Date() },
    });
    expect((await getAgreementSteps(actor)).moveOffered).toBe(true);
    const reseller = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    await testDb().partnerOrganization.update({
      where: { id: reseller.partner.id },
      data: { indirectMoveEligibleAt: new Date() },
    });
    expect((await getAgreementSteps((await signInAs(reseller.admin!.email)).actor)).moveOffered).toBe(false);
  });

  it("after approval the capabilities stay off until a Global admin accepts with the exact name; then both programs are active", async () => {
    const operator = await newOperator();
    const { partner, tenant, admin, enrollment, actor } = await transitionInReview();
    expect(await getAgreementSteps(actor)).toMatchObject({ transition: "none", moveOffered: false }); // enrolled already: no offer
    expect(
      (await refusal(acceptIndirectResellerAgreement(actor, { confirmName: partner.legalName }))).details.rule,
    ).toBe("R14");

    await approveEnrollment(operator, enrollment.id);
    expect(await listActivePrograms(actor)).toEqual(["DIRECT_BILL"]);
    expect((await getTransactReadiness(partner.id)).missing).toEqual(["approved_reseller_enrollment"]);
    const steps = await getAgreementSteps(actor);
    expect(steps).toMatchObject({
      transition: "pending",
      organizationName: partner.legalName,
      globalAdminNames: [admin!.name],
    });

    for (const wrong of [partner.legalName.toUpperCase(), partner.legalName.slice(0, -1), "", tenant.primaryDomain]) {
      const error = await refusal(acceptIndirectResellerAgreement(actor, { confirmName: wrong }));
      expect(error.details.fieldErrors, wrong).toEqual({ confirmName: "transition.nameMismatch" });
      expect(error.details.vars).toEqual({ name: partner.legalName });
    }
    expect(await accepted(partner.id)).toHaveLength(0);

    const result = await acceptIndirectResellerAgreement(actor, { confirmName: ` ${partner.legalName} ` });
    expect(result.alreadyAccepted).toBe(false);
    const [row] = await accepted(partner.id);
    expect(row).toMatchObject({ acceptedByUserId: admin!.id, signerName: admin!.name });
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, action: "agreement.indirect_reseller_accepted" },
    });
    expect(event).toMatchObject({
      actorUserId: admin!.id,
      targetId: row.id,
      after: { kind: "INDIRECT_RESELLER_AGREEMENT", enrollmentId: enrollment.id },
    });
    expect(await listActivePrograms(actor)).toEqual(["DIRECT_BILL", "INDIRECT_RESELLER"]);
    expect(await getTransactReadiness(partner.id)).toEqual({ ready: true, missing: [] });
    expect((await getAgreementSteps(actor)).transition).toBe("accepted");

    // Idempotent, and there is no way back.
    expect((await acceptIndirectResellerAgreement(actor, { confirmName: partner.legalName })).alreadyAccepted).toBe(
      true,
    );
    expect(await accepted(partner.id)).toHaveLength(1);
    expect(
      await testDb().auditEvent.count({
        where: { tenantId: tenant.id, action: "agreement.indirect_reseller_accepted" },
      }),
    ).toBe(1);
  });

  it("only a Global admin (P-profile-edit) accepts; others are refused and nothing changes", async () => {
    const operator = await newOperator();
    const { partner, tenant, enrollment } = await transitionInReview();
    await approveEnrollment(operator, enrollment.id);
    for (const [agentRole, adminRole] of [
      ["ADMIN_AGENT", "NO_ADMIN"],
      ["NO_AGENT", "USER_MANAGEMENT_ADMIN"],
      ["SALES_AGENT", "NO_ADMIN"],
      ["HELPDESK_AGENT", "NO_ADMIN"],
    ] as const) {
      const user = await createUser({ tenantId: tenant.id, agentRole, adminRole });
      const { actor } = await signInAs(user.email);
      expect(
        (await refusal(acceptIndirectResellerAgreement(actor, { confirmName: partner.legalName }))).code,
        `${agentRole}+${adminRole}`,
      ).toBe("NOT_FOUND");
    }
    expect(
      (await refusal(acceptIndirectResellerAgreement(operator as never, { confirmName: partner.legalName }))).code,
    ).toBe("NOT_FOUND");
    // A Global admin of another organization can't accept for this one (the tenant comes from the session).
    const other = await createPartner({ programs: ["DIRECT_BILL"] });
    const { actor: outsider } = await signInAs(other.admin!.email);
    expect(
      (await refusal(acceptIndirectResellerAgreement(outsider, { confirmName: partner.legalName }))).details.rule,
    ).toBe("R14");
    expect(await accepted(partner.id)).toHaveLength(0);
    expect(await accepted(other.partner.id)).toHaveLength(0);
  });

  it("a rejected move never shows the step; a regular (non-transition) reseller enrollment is active on approval", async () => {
    const operator = await newOperator();
    const rejected = await transitionInReview();
    await testDb().programEnrollment.update({ where: { id: rejected.enrollment.id }, data: { status: "REJECTED" } });
    expect((await getAgreementSteps(rejected.actor)).transition).toBe("none");
    expect(
      (await refusal(acceptIndirectResellerAgreement(rejected.actor, { confirmName: rejected.partner.legalName })))
        .details.rule,
    ).toBe("R14");

    const regular = await createPartner({ programs: ["INDIRECT_RESELLER"], status: "IN_REVIEW" });
    const { actor } = await signInAs(regular.admin!.email);
    expect(await listActivePrograms(actor)).toEqual([]);
    await approveEnrollment(operator, regular.partner.enrollments[0].id);
    expect(await listActivePrograms(actor)).toEqual(["INDIRECT_RESELLER"]);
    expect((await getAgreementSteps(actor)).transition).toBe("none");
  });
});
