// Operator console → Enrollments and Partners (issue 4): approve/reject only from IN_REVIEW with
// one winner under concurrency, the enrolling user's roles, audit events in the tenant's log and
// emails in the outbox in the same transaction, R12 (no review before verification), R14
// eligibility; operator actors only. Against real PostgreSQL.
import { describe, expect, it } from "vitest";
import type { OperatorActor, UserActor } from "@/lib/auth/actor";
import { approveEnrollment } from "@/lib/enrollment/approve-enrollment";
import { getEnrollmentDetail } from "@/lib/enrollment/get-enrollment-detail";
import { listEnrollmentQueue, parseQueueFilter } from "@/lib/enrollment/list-enrollment-queue";
import { markIndirectMoveEligible } from "@/lib/enrollment/mark-indirect-move-eligible";
import { rejectEnrollment } from "@/lib/enrollment/reject-enrollment";
import { listPartnerOrganizations } from "@/lib/operator/list-partner-organizations";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createUser, unique } from "../helpers/factories";

type Refusal = {
  code: string;
  message: string;
  messageKey: string;
  details: { rule?: string; fieldErrors?: Record<string, string> };
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
  return { kind: "operator", operatorId: row.id, email: row.email, name: row.name, ip: "192.0.2.7" };
}

/** A partner with one enrollment in review, enrolled by a user who holds no roles yet. */
async function inReview(
  options: {
    locale?: string;
    countryCode?: string;
    program?: "INDIRECT_RESELLER" | "DIRECT_BILL" | "INDIRECT_PROVIDER";
  } = {},
) {
  const { tenant, partner } = await createPartner({
    status: "IN_REVIEW",
    countryCode: options.countryCode,
    programs: [options.program ?? "INDIRECT_RESELLER"],
    withAdmin: false,
  });
  const enrolling = await createUser({ tenantId: tenant.id, email: `enrolling-${unique()}@example.test` });
  if (options.locale)
    await testDb().user.update({ where: { id: enrolling.id }, data: { preferredLocale: options.locale } });
  const enrollment = await testDb().programEnrollment.update({
    where: { id: partner.enrollments[0].id },
    data: { startedByUserId: enrolling.id, emailVerifiedAt: new Date() },
  });
  return { tenant, partner, enrolling, enrollment };
}

const snapshot = async (tenantId: string, enrollmentId: string) => ({
  enrollment: await testDb().programEnrollment.findUnique({
    where: { id: enrollmentId },
    select: { status: true, decidedAt: true, rejectionReason: true },
  }),
  audit: await testDb().auditEvent.count({ where: { tenantId } }),
  mail: await testDb().outboxEmail.count({ where: { tenantId } }),
});

describe("operator actors only", () => {
  it("a partner Global admin's session passed off as an operator is refused everywhere, and nothing changes", async () => {
    const { tenant, enrollment, partner } = await inReview();
    const owner = await createPartner();
    const { actor } = await signInAs(owner.admin!.email);
    const fake = actor as unknown as OperatorActor;
    const before = await snapshot(tenant.id, enrollment.id);
    expect((await refusal(approveEnrollment(fake, enrollment.id))).code).toBe("NOT_FOUND");
    expect((await refusal(rejectEnrollment(fake, { enrollmentId: enrollment.id, reason: "No" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(listEnrollmentQueue(fake, parseQueueFilter({})))).code).toBe("NOT_FOUND");
    expect((await refusal(getEnrollmentDetail(fake, enrollment.id))).code).toBe("NOT_FOUND");
    expect((await refusal(markIndirectMoveEligible(fake, { partnerId: partner.id, eligible: true }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refusal(listPartnerOrganizations(fake, {}))).code).toBe("NOT_FOUND");
    const forged = { ...(actor as UserActor), kind: "operator", operatorId: "" } as unknown as OperatorActor;
    expect((await refusal(approveEnrollment(forged, enrollment.id))).code).toBe("NOT_FOUND");
    expect(await snapshot(tenant.id, enrollment.id)).toEqual(before);
  });
});

describe("Approve", () => {
  it("approves an enrollment in review: enrolling user becomes Admin agent + Global admin (sessions end), audit in the tenant's log, approval email in the user's language", async () => {
    const operator = await newOperator();
    const { tenant, partner, enrolling, enrollment } = await inReview({ locale: "de" });
    await approveEnrollment(operator, enrollment.id);

    const row = await testDb().programEnrollment.findUniqueOrThrow({ where: { id: enrollment.id } });
    expect(row).toMatchObject({ status: "APPROVED", decidedByOperatorId: operator.operatorId, rejectionReason: null });
    expect(row.decidedAt).toBeInstanceOf(Date);
    const user = await testDb().user.findUniqueOrThrow({ where: { id: enrolling.id } });
    expect(user).toMatchObject({
      agentRole: "ADMIN_AGENT",
      adminRole: "GLOBAL_ADMIN",
      sessionVersion: enrolling.sessionVersion + 1,
    });

    const events = await testDb().auditEvent.findMany({
      where: { tenantId: tenant.id },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => event.action).sort()).toEqual(["enrollment.approved", "user.roles_changed"]);
    for (const event of events)
      expect(event).toMatchObject({
        actorOperatorId: operator.operatorId,
        actorUserId: null,
        actorLabel: operator.email,
        ip: "192.0.2.7",
      });
    const roles = events.find((event) => event.action === "user.roles_changed")!;
    expect(roles).toMatchObject({
      targetId: enrolling.id,
      before: { agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
      after: { agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" },
    });
    expect(events.find((event) => event.action === "enrollment.approved")).toMatchObject({
      targetId: enrollment.id,
      after: { status: "APPROVED", program: "INDIRECT_RESELLER" },
    });

    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(mail).toMatchObject({ template: "enrollment-approved", toAddress: partner.contactEmail, status: "PENDING" });
    expect(mail.subject).toContain("genehmigt");
  });

  it("an enrolling user who already holds both roles keeps their sessions and gets no roles event", async () => {
    const operator = await newOperator();
    const { tenant, enrolling, enrollment } = await inReview();
    await testDb().user.update({
      where: { id: enrolling.id },
      data: { agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" },
    });
    await approveEnrollment(operator, enrollment.id);
    expect((await testDb().user.findUniqueOrThrow({ where: { id: enrolling.id } })).sessionVersion).toBe(
      enrolling.sessionVersion,
    );
    expect(await testDb().auditEvent.count({ where: { tenantId: tenant.id, action: "user.roles_changed" } })).toBe(0);
    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(mail.subject).toMatch(/is approved as indirect reseller/); // no preferred German: English
  });

  it("concurrent decisions on one enrollment: exactly one wins, one audit event, one email", async () => {
    const [first, second] = [await newOperator(), await newOperator()];
    const { tenant, enrollment } = await inReview();
    const results = await Promise.allSettled([
      approveEnrollment(first, enrollment.id),
      approveEnrollment(second, enrollment.id),
      rejectEnrollment(second, { enrollmentId: enrollment.id, reason: "Duplicate" }),
      approveEnrollment(first, enrollment.id),
    ]);
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results)
      if (result.status === "rejected") expect((result.reason as Refusal).messageKey).toBe("review.alreadyDecided");
    const decisions = await testDb().auditEvent.count({
      where: { tenantId: tenant.id, action: { in: ["enrollment.approved", "enrollment.rejected"] } },
    });
    expect(decisions).toBe(1);
    expect(await testDb().outboxEmail.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});

describe("Reject", () => {
  it("rejects with the reason: stored, audited in the tenant's log, emailed to the primary contact; roles stay", async () => {
    const operator = await newOperator();
    const { tenant, partner, enrolling, enrollment } = await inReview();
    const reason = "  The PN ID belongs to another organization.\r\nPlease enroll with your own.  ";
    await rejectEnrollment(operator, { enrollmentId: enrollment.id, reason });
    const stored = "The PN ID belongs to another organization.\nPlease enroll with your own.";
    expect(await testDb().programEnrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).toMatchObject({
      status: "REJECTED",
      rejectionReason: stored,
      decidedByOperatorId: operator.operatorId,
    });
    expect(await testDb().user.findUniqueOrThrow({ where: { id: enrolling.id } })).toMatchObject({
      agentRole: "NO_AGENT",
      adminRole: "NO_ADMIN",
    });
    const event = await testDb().auditEvent.findFirstOrThrow({
      where: { tenantId: tenant.id, action: "enrollment.rejected" },
    });
    expect(event).toMatchObject({
      actorOperatorId: operator.operatorId,
      targetId: enrollment.id,
      after: { status: "REJECTED", reason: stored },
    });
    const mail = await testDb().outboxEmail.findFirstOrThrow({ where: { tenantId: tenant.id } });
    expect(mail).toMatchObject({ template: "enrollment-status", toAddress: partner.contactEmail });
    expect(mail.text).toContain("The PN ID belongs to another organization.");
    expect(mail.subject).toContain("Rejected");
  });

  it("a reason is required and length-limited; bad input changes nothing", async () => {
    const operator = await newOperator();
    const { tenant, enrollment } = await inReview();
    const before = await snapshot(tenant.id, enrollment.id);
    const fields = async (reason: unknown) =>
      (await refusal(rejectEnrollment(operator, { enrollmentId: enrollment.id, reason } as never))).details.fieldErrors;
    expect(await fields("   ")).toEqual({ reason: "review.reasonRequired" });
    expect(await fields(undefined)).toEqual({ reason: "review.reasonRequired" });
    expect(await fields("x".repeat(1001))).toEqual({ reason: "review.reasonTooLong" });
    expect(await fields("bell\u0007")).toEqual({ reason: "review.reasonInvalid" });
    expect((await refusal(rejectEnrollment(operator, { enrollmentId: "not-a-uuid", reason: "No" }))).code).toBe(
      "VALIDATION",
    );
    expect(await snapshot(tenant.id, enrollment.id)).toEqual(before);
    await rejectEnrollment(operator, { enrollmentId: enrollment.id, reason: "x".repeat(1000) });
  });
});

describe("only enrollments in review can be decided", () => {
  it("R12 an enrollment waiting for email verification is refused with the reason; decided ones too; unknown ids are not found", async () => {
    const operator = await newOperator();
    const waiting = await createPartner({ status: "AWAITING_EMAIL_VERIFICATION" });
    const id = waiting.partner.enrollments[0].id;
    const before = await snapshot(waiting.tenant.id, id);
    const r12 = await refusal(approveEnrollment(operator, id));
    expect(r12).toMatchObject({
      code: "CONFLICT",
      messageKey: "review.awaitingVerification",
      details: { rule: "R12" },
    });
    expect((await refusal(rejectEnrollment(operator, { enrollmentId: id, reason: "No" }))).details.rule).toBe("R12");
    expect(await snapshot(waiting.tenant.id, id)).toEqual(before);

    const approved = await createPartner({ status: "APPROVED" });
    const again = await refusal(
      rejectEnrollment(operator, { enrollmentId: approved.partner.enrollments[0].id, reason: "Changed my mind" }),
    );
    expect(again).toMatchObject({ code: "CONFLICT", messageKey: "review.alreadyDecided" });
    expect(
      (await testDb().programEnrollment.findUniqueOrThrow({ where: { id: approved.partner.enrollments[0].id } }))
        .status,
    ).toBe("APPROVED");

    expect((await refusal(approveEnrollment(operator, "00000000-0000-4000-8000-000000000000"))).code).toBe("NOT_FOUND");
    expect((await refusal(approveEnrollment(operator, "x'; DROP TABLE users; --"))).code).toBe("NOT_FOUND");
  });
});

describe("the queue and the detail", () => {
  it("filters by program, status and country, newest first, with paging", async () => {
    const operator = await newOperator();
    const country = "IS";
    const older = await inReview({ countryCode: country, program: "DIRECT_BILL" });
    const newer = await inReview({ countryCode: country, program: "DIRECT_BILL" });
    await testDb().programEnrollment.update({
      where: { id: older.enrollment.id },
      data: { submittedAt: new Date(Date.now() - 60_000) },
    });
    const reseller = await inReview({ countryCode: country, program: "INDIRECT_RESELLER" });

    const queue = await listEnrollmentQueue(operator, parseQueueFilter({ program: "DIRECT_BILL", country: "is" }));
    const ids = queue.enrollments.map((row) => row.id);
    expect(ids.indexOf(newer.enrollment.id)).toBeLessThan(ids.indexOf(older.enrollment.id));
    expect(ids).not.toContain(reseller.enrollment.id);
    expect(
      queue.enrollments.every(
        (row) => row.program === "DIRECT_BILL" && row.countryCode === country && row.status === "IN_REVIEW",
      ),
    ).toBe(true);

    await approveEnrollment(operator, newer.enrollment.id);
    const inReviewOnly = await listEnrollmentQueue(operator, parseQueueFilter({ program: "DIRECT_BILL", country }));
    expect(inReviewOnly.enrollments.map((row) => row.id)).not.toContain(newer.enrollment.id);
    const approved = await listEnrollmentQueue(operator, parseQueueFilter({ status: "APPROVED", country }));
    expect(approved.enrollments.map((row) => row.id)).toContain(newer.enrollment.id);
    const all = await listEnrollmentQueue(operator, parseQueueFilter({ status: "ALL", country }));
    expect(all.total).toBeGreaterThanOrEqual(3);

    // Unknown filter values are ignored, never an error; the page is clamped.
    const odd = parseQueueFilter({ program: "SUPER", status: "NOPE", country: "ZZ", page: "-4" });
    expect(odd).toEqual({ program: null, status: "IN_REVIEW", country: null, page: 1 });
    const far = await listEnrollmentQueue(operator, parseQueueFilter({ status: "ALL", page: "9999" }));
    expect(far.enrollments).toEqual([]);
  });

  it("the detail carries everything submitted: contact verification, membership profile (R13), tenant, enrolling user, timeline", async () => {
    const operator = await newOperator();
    const { tenant, partner, enrolling, enrollment } = await inReview();
    await testDb().organizationProfile.create({
      data: { pnId: partner.pnId, legalName: "Profile Legal GmbH", countryCode: "FR", active: true },
    });
    const detail = await getEnrollmentDetail(operator, enrollment.id);
    expect(detail.partner).toMatchObject({
      legalName: partner.legalName,
      contactEmail: partner.contactEmail,
      supportEmail: partner.supportEmail,
    });
    expect(detail.partner.contactEmailVerifiedAt).toBeInstanceOf(Date);
    expect(detail.partner.tenant).toMatchObject({ id: tenant.id, primaryDomain: tenant.primaryDomain });
    expect(detail.startedBy).toMatchObject({ id: enrolling.id, email: enrolling.email });
    expect(detail.membershipProfile).toMatchObject({ legalName: "Profile Legal GmbH", active: true });
    expect(detail.membershipProfileMatches).toBe(false); // FR profile, DE tenant
    expect(detail.emailVerifiedAt).toBeInstanceOf(Date);
    expect((await refusal(getEnrollmentDetail(operator, "nope"))).code).toBe("NOT_FOUND");
  });
});

describe("R14 eligibility for the move to indirect reseller", () => {
  it("marks and unmarks a direct-bill partner (audited once per change); other partners are refused", async () => {
    const operator = await newOperator();
    const direct = await createPartner({ programs: ["DIRECT_BILL"] });
    const marked = await markIndirectMoveEligible(operator, { partnerId: direct.partner.id, eligible: true });
    expect(marked.changed).toBe(true);
    expect(
      (await testDb().partnerOrganization.findUniqueOrThrow({ where: { id: direct.partner.id } }))
        .indirectMoveEligibleAt,
    ).toBeInstanceOf(Date);
    expect((await markIndirectMoveEligible(operator, { partnerId: direct.partner.id, eligible: true })).changed).toBe(
      false,
    );
    await markIndirectMoveEligible(operator, { partnerId: direct.partner.id, eligible: false });
    expect(
      (await testDb().partnerOrganization.findUniqueOrThrow({ where: { id: direct.partner.id } }))
        .indirectMoveEligibleAt,
    ).toBeNull();
    const events = await testDb().auditEvent.findMany({
      where: { tenantId: direct.tenant.id, action: "partner.indirect_move_eligibility_changed" },
      orderBy: { createdAt: "asc" },
    });
    expect(events.map((event) => [event.before, event.after])).toEqual([
      [{ eligible: false }, { eligible: true }],
      [{ eligible: true }, { eligible: false }],
    ]);
    expect(events[0].actorOperatorId).toBe(operator.operatorId);

    const reseller = await createPartner({ programs: ["INDIRECT_RESELLER"] });
    expect(
      (await refusal(markIndirectMoveEligible(operator, { partnerId: reseller.partner.id, eligible: true }))).details
        .rule,
    ).toBe("R14");
    const pending = await createPartner({ programs: ["DIRECT_BILL"], status: "IN_REVIEW" });
    expect(
      (await refusal(markIndirectMoveEligible(operator, { partnerId: pending.partner.id, eligible: true }))).details
        .rule,
    ).toBe("R14");
    expect((await refusal(markIndirectMoveEligible(operator, { partnerId: "bad", eligible: true }))).code).toBe(
      "NOT_FOUND",
    );
  });

  it("the partner list is searched by name, PN ID or domain, literally, with programs", async () => {
    const operator = await newOperator();
    const direct = await createPartner({ programs: ["DIRECT_BILL"], name: `Searchable_${unique()} Partner` });
    const byName = await listPartnerOrganizations(operator, { search: direct.partner.legalName.toUpperCase() });
    expect(byName.partners.map((row) => row.id)).toEqual([direct.partner.id]);
    expect(byName.partners[0]).toMatchObject({
      directBill: true,
      enrollments: [{ program: "DIRECT_BILL", status: "APPROVED" }],
    });
    expect(
      (await listPartnerOrganizations(operator, { search: direct.partner.pnId })).partners.map((row) => row.id),
    ).toEqual([direct.partner.id]);
    expect(
      (await listPartnerOrganizations(operator, { search: direct.tenant.primaryDomain })).partners.map((row) => row.id),
    ).toEqual([direct.partner.id]);
    expect((await listPartnerOrganizations(operator, { search: "Searchable%Partner" })).partners).toEqual([]);
  });
});
