// Support requests to the vendor: P-support-request (Global admins only) for every role × own and
// other tenant — refused calls answer NOT_FOUND and change nothing; "End a provider–reseller
// relationship" bound to the organization's own ACTIVE relationships (either side), checked on
// the server; the operator console lists, replies (message, ANSWERED, email to the requester,
// audit) and closes; operator calls refuse partner actors.
import { beforeAll, describe, expect, it } from "vitest";
import type { OperatorActor } from "@/lib/auth/actor";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { closeSupportRequest } from "@/lib/support/close-support-request";
import { createSupportRequest } from "@/lib/support/create-support-request";
import { getSupportRequest } from "@/lib/support/get-support-request";
import { getSupportRequestDetail } from "@/lib/support/get-support-request-detail";
import { listAllSupportRequests, parseSupportFilter } from "@/lib/support/list-all-support-requests";
import { listRelationshipChoices } from "@/lib/support/list-relationship-choices";
import { listSupportRequests } from "@/lib/support/list-support-requests";
import { replyToSupportRequest } from "@/lib/support/reply-to-support-request";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createProviderResellerRelationship, createUser, unique } from "../helpers/factories";
import {
  keysOf,
  linkedPair,
  newOperator,
  outcome,
  refused,
  ROLE_COMBOS,
  snapshotOf,
} from "../helpers/providers-fixtures";

const END = "END_PROVIDER_RESELLER_RELATIONSHIP" as const;
// Unverified input, as a form would post it (the domain function parses it again).
const request = (overrides: Record<string, string> = {}) =>
  ({
    category: "TECHNICAL",
    subject: `Help ${unique()}`,
    description: "Line one\r\nLine two",
    ...overrides,
  }) as Parameters<typeof createSupportRequest>[1];

describe.each(ROLE_COMBOS)("P-support-request as $agentRole + $adminRole", (roles) => {
  // SPEC §2: only a Global admin (an Admin agent can't).
  const allowed = roles.adminRole === "GLOBAL_ADMIN";
  let pair: Awaited<ReturnType<typeof linkedPair>>;
  let other: Awaited<ReturnType<typeof linkedPair>>;
  let actor: SessionUser;
  let ownRequestId: string;
  let otherRequestId: string;
  beforeAll(async () => {
    pair = await linkedPair();
    other = await linkedPair();
    actor = (await signInAs((await createUser({ tenantId: pair.reseller.tenant.id, ...roles })).email)).actor;
    ownRequestId = (await createSupportRequest((await signInAs(pair.reseller.admin!.email)).actor, request())).id;
    otherRequestId = (await createSupportRequest((await signInAs(other.reseller.admin!.email)).actor, request())).id;
  });

  it("reads: own list, own request and relationship choices only when allowed; another organization's request never", async () => {
    const keys = [keysOf(pair.provider), keysOf(pair.reseller), keysOf(other.provider), keysOf(other.reseller)];
    const before = await snapshotOf(keys);
    const expected = allowed ? "ok" : "NOT_FOUND";
    expect(await outcome(listSupportRequests(actor))).toBe(expected);
    expect(await outcome(getSupportRequest(actor, ownRequestId))).toBe(expected);
    expect(await outcome(listRelationshipChoices(actor))).toBe(expected);
    expect(await outcome(getSupportRequest(actor, otherRequestId))).toBe("NOT_FOUND");
    if (allowed) expect((await listSupportRequests(actor)).requests.map((row) => row.id)).toEqual([ownRequestId]);
    expect(await snapshotOf(keys)).toEqual(before);
  });

  it("create: only when allowed (a refusal changes nothing); an end-relationship request for another organization's relationship is a field error", async () => {
    const keys = [keysOf(pair.provider), keysOf(pair.reseller), keysOf(other.provider), keysOf(other.reseller)];
    const before = await snapshotOf(keys);
    const foreign = await refused(
      createSupportRequest(actor, request({ category: END, relationshipId: other.relationship.id })),
    );
    if (allowed) {
      expect(foreign.code).toBe("VALIDATION");
      expect(foreign.details.fieldErrors).toEqual({ relationshipId: "support.relationshipInvalid" });
    } else {
      expect(foreign.code).toBe("NOT_FOUND");
    }
    expect(await snapshotOf(keys)).toEqual(before);
    const result = await outcome(
      createSupportRequest(actor, request({ category: END, relationshipId: pair.relationship.id })),
    );
    expect(result).toBe(allowed ? "ok" : "NOT_FOUND");
    if (!allowed) expect(await snapshotOf(keys)).toEqual(before);
  });
});

describe("Create a request", () => {
  it("stores the request for the actor's organization with the audit event; other categories carry no relationship", async () => {
    const { reseller, relationship } = await linkedPair();
    const { actor } = await signInAs(reseller.admin!.email);
    const created = await createSupportRequest(
      actor,
      request({ subject: "  Invoice question  ", category: "BILLING", relationshipId: relationship.id }),
    );
    const row = await testDb().supportRequest.findUniqueOrThrow({ where: { id: created.id } });
    expect(row).toMatchObject({
      partnerId: reseller.partner.id,
      createdByUserId: reseller.admin!.id,
      category: "BILLING",
      subject: "Invoice question",
      description: "Line one\nLine two",
      status: "OPEN",
      relationshipId: null,
    });
    const events = await testDb().auditEvent.findMany({
      where: { tenantId: reseller.tenant.id, action: "support.request_created" },
    });
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({
      targetId: created.id,
      actorUserId: reseller.admin!.id,
      targetLabel: "Invoice question",
    });
  });

  it("a double submit (two concurrent posts of the same request) creates one request and one audit event", async () => {
    const { reseller } = await linkedPair();
    const { actor } = await signInAs(reseller.admin!.email);
    const input = request({ subject: `Twice ${unique()}`, category: "TECHNICAL" });
    const [first, second] = await Promise.all([createSupportRequest(actor, input), createSupportRequest(actor, input)]);
    expect(second.id).toBe(first.id);
    expect(
      await testDb().supportRequest.count({ where: { partnerId: reseller.partner.id, subject: input.subject } }),
    ).toBe(1);
    expect(
      await testDb().auditEvent.count({
        where: { tenantId: reseller.tenant.id, action: "support.request_created", targetId: first.id },
      }),
    ).toBe(1);
    // A different text is a new request.
    const third = await createSupportRequest(actor, { ...input, description: "Something else" });
    expect(third.id).not.toBe(first.id);
  });

  it("R15 end-relationship requests: the relationship is required and must be one of the organization's ACTIVE ones, on either side", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    const providerActor = (await signInAs(provider.admin!.email)).actor;
    const resellerActor = (await signInAs(reseller.admin!.email)).actor;
    expect(
      (await listRelationshipChoices(providerActor)).map((choice) => [choice.id, choice.side, choice.otherName]),
    ).toEqual([[relationship.id, "PROVIDER", reseller.partner.legalName]]);
    expect(
      (await listRelationshipChoices(resellerActor)).map((choice) => [choice.id, choice.side, choice.otherName]),
    ).toEqual([[relationship.id, "RESELLER", provider.partner.legalName]]);

    const keys = [keysOf(provider), keysOf(reseller)];
    const before = await snapshotOf(keys);
    expect(
      (await refused(createSupportRequest(resellerActor, request({ category: END })))).details.fieldErrors,
    ).toEqual({ relationshipId: "support.relationshipRequired" });
    expect(
      (await refused(createSupportRequest(resellerActor, request({ category: END, relationshipId: "nope" })))).details
        .fieldErrors,
    ).toEqual({ relationshipId: "support.relationshipInvalid" });
    const ended = await createProviderResellerRelationship({
      providerId: (await createPartner({ programs: ["INDIRECT_PROVIDER"] })).partner.id,
      resellerId: reseller.partner.id,
      status: "ENDED",
    });
    expect(
      (await refused(createSupportRequest(resellerActor, request({ category: END, relationshipId: ended.id })))).details
        .fieldErrors,
    ).toEqual({ relationshipId: "support.relationshipInvalid" });
    expect(await snapshotOf(keys)).toMatchObject({ supportRequests: before.supportRequests, audits: before.audits });

    const fromProvider = await createSupportRequest(
      providerActor,
      request({ category: END, relationshipId: relationship.id }),
    );
    const fromReseller = await createSupportRequest(
      resellerActor,
      request({ category: END, relationshipId: relationship.id }),
    );
    expect(fromProvider.relationshipId).toBe(relationship.id);
    expect(fromReseller.relationshipId).toBe(relationship.id);
  });

  it("bad input is a field message, never a 500: empty subject, over-long text, control characters, unknown fields", async () => {
    const { reseller } = await linkedPair();
    const { actor } = await signInAs(reseller.admin!.email);
    const before = await snapshotOf([keysOf(reseller)]);
    expect((await refused(createSupportRequest(actor, request({ subject: "   " })))).details.fieldErrors).toMatchObject(
      { subject: "support.subjectRequired" },
    );
    expect(
      (await refused(createSupportRequest(actor, request({ description: "x".repeat(10_001) })))).details.fieldErrors,
    ).toMatchObject({ description: "support.descriptionTooLong" });
    expect(
      (await refused(createSupportRequest(actor, request({ subject: "a\u0000b" })))).details.fieldErrors,
    ).toMatchObject({ subject: "support.textInvalid" });
    expect(
      (await refused(createSupportRequest(actor, request({ category: "OTHER" })))).details.fieldErrors,
    ).toMatchObject({ category: "support.categoryRequired" });
    expect((await refused(createSupportRequest(actor, { ...request(), partnerId: "x" } as never))).code).toBe(
      "VALIDATION",
    );
    expect(await snapshotOf([keysOf(reseller)])).toEqual(before);
  });
});

describe("Operator console: list, Reply, Close", () => {
  let operator: OperatorActor;
  beforeAll(async () => {
    operator = await newOperator();
  });

  it("lists every organization's requests, filtered by status and category", async () => {
    const a = await linkedPair();
    const b = await linkedPair();
    const billing = await createSupportRequest(
      (await signInAs(a.reseller.admin!.email)).actor,
      request({ category: "BILLING" }),
    );
    const end = await createSupportRequest(
      (await signInAs(b.provider.admin!.email)).actor,
      request({ category: END, relationshipId: b.relationship.id }),
    );
    const ids = async (params: Record<string, string>) =>
      (await listAllSupportRequests(operator, parseSupportFilter(params))).requests.map((row) => row.id);
    expect(await ids({})).toEqual(expect.arrayContaining([billing.id, end.id]));
    expect(await ids({ category: END })).toContain(end.id);
    expect(await ids({ category: END })).not.toContain(billing.id);
    expect(await ids({ status: "CLOSED" })).not.toContain(billing.id);
    expect(parseSupportFilter({ status: "nonsense", category: ["BILLING", "x"], page: "2.5" })).toEqual({
      status: null,
      category: "BILLING",
      page: 2,
    });
    const detail = await getSupportRequestDetail(operator, end.id);
    expect(detail.relationship?.id).toBe(b.relationship.id);
    expect(detail.partner.id).toBe(b.provider.partner.id);
  });

  it("Reply: stored as the operator's message, status ANSWERED, the requester emailed in their language (support-reply), audit support.replied", async () => {
    const { reseller } = await linkedPair();
    await testDb().user.update({ where: { id: reseller.admin!.id }, data: { preferredLocale: "de" } });
    const created = await createSupportRequest(
      (await signInAs(reseller.admin!.email)).actor,
      request({ subject: "Need help" }),
    );
    await replyToSupportRequest(operator, { requestId: created.id, body: "  We are on it.  " });
    const row = await testDb().supportRequest.findUniqueOrThrow({
      where: { id: created.id },
      include: { messages: true },
    });
    expect(row.status).toBe("ANSWERED");
    expect(row.messages).toEqual([
      expect.objectContaining({ operatorId: operator.operatorId, userId: null, body: "We are on it." }),
    ]);
    const mail = await testDb().outboxEmail.findMany({
      where: { tenantId: reseller.tenant.id, template: "support-reply" },
    });
    expect(mail).toHaveLength(1);
    expect(mail[0].toAddress).toBe(reseller.admin!.email);
    expect(mail[0].subject).toBe("Antwort auf Ihre Supportanfrage: Need help");
    expect(mail[0].text).toContain("We are on it.");
    expect(mail[0].text).toContain(`/settings/support/${created.id}`);
    const events = await testDb().auditEvent.findMany({
      where: { tenantId: reseller.tenant.id, action: "support.replied" },
    });
    expect(events).toEqual([
      expect.objectContaining({
        actorOperatorId: operator.operatorId,
        targetId: created.id,
        before: { status: "OPEN" },
      }),
    ]);
    // The partner sees the conversation.
    const seen = await getSupportRequest((await signInAs(reseller.admin!.email)).actor, created.id);
    expect(seen.messages.map((message) => message.body)).toEqual(["We are on it."]);
  });

  it("Close: CLOSED with audit support.closed; closing twice and replying to a closed request are clear refusals that change nothing", async () => {
    const { reseller } = await linkedPair();
    const created = await createSupportRequest((await signInAs(reseller.admin!.email)).actor, request());
    await closeSupportRequest(operator, { requestId: created.id });
    expect((await testDb().supportRequest.findUniqueOrThrow({ where: { id: created.id } })).status).toBe("CLOSED");
    expect(
      await testDb().auditEvent.count({
        where: { tenantId: reseller.tenant.id, action: "support.closed", targetId: created.id },
      }),
    ).toBe(1);
    const before = await snapshotOf([keysOf(reseller)]);
    const twice = await refused(closeSupportRequest(operator, { requestId: created.id }));
    expect([twice.code, twice.message]).toEqual(["CONFLICT", "This support request is already closed."]);
    expect((await refused(replyToSupportRequest(operator, { requestId: created.id, body: "Late" }))).code).toBe(
      "CONFLICT",
    );
    expect(await snapshotOf([keysOf(reseller)])).toEqual(before);
    expect(
      (await refused(closeSupportRequest(operator, { requestId: "00000000-0000-4000-8000-000000000000" }))).code,
    ).toBe("NOT_FOUND");
    expect(
      (await refused(replyToSupportRequest(operator, { requestId: created.id, body: "   " }))).details.fieldErrors,
    ).toEqual({ body: "support.replyRequired" });
  });

  it("partner actors (a Global admin's session passed off as an operator) are refused by every operator call; nothing changes", async () => {
    const { reseller } = await linkedPair();
    const { actor } = await signInAs(reseller.admin!.email);
    const created = await createSupportRequest(actor, request());
    const fake = actor as unknown as OperatorActor;
    const before = await snapshotOf([keysOf(reseller)]);
    expect((await refused(replyToSupportRequest(fake, { requestId: created.id, body: "Self-answer" }))).code).toBe(
      "NOT_FOUND",
    );
    expect((await refused(closeSupportRequest(fake, { requestId: created.id }))).code).toBe("NOT_FOUND");
    expect((await refused(listAllSupportRequests(fake, parseSupportFilter({})))).code).toBe("NOT_FOUND");
    expect((await refused(getSupportRequestDetail(fake, created.id))).code).toBe("NOT_FOUND");
    expect(await snapshotOf([keysOf(reseller)])).toEqual(before);
  });
});
