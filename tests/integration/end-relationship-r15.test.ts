// R15 ending provider–reseller relationships: only the operator, with a reason; a conditional
// UPDATE ACTIVE → ENDED that keeps the row as history (ending twice is a clear refusal, of
// concurrent ends exactly one wins); audit in both partners' logs; both primary contacts notified
// through the outbox; customer relationships untouched; from a support request, the request is
// answered and closed in the same transaction. Every partner actor is refused and nothing changes.
import { beforeAll, describe, expect, it } from "vitest";
import type { OperatorActor, UserActor } from "@/lib/auth/actor";
import { getProviderResellerRelationship } from "@/lib/operator/get-provider-reseller-relationship";
import {
  listProviderResellerRelationships,
  parseRelationshipFilter,
} from "@/lib/operator/list-provider-reseller-relationships";
import { listIndirectProviders } from "@/lib/indirect-providers/list-indirect-providers";
import { endProviderResellerRelationship } from "@/lib/provider-reseller-relationships/end-provider-reseller-relationship";
import { createSupportRequest } from "@/lib/support/create-support-request";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createUser, unique } from "../helpers/factories";
import {
  keysOf,
  linkedPair,
  newOperator,
  refused,
  ROLE_COMBOS,
  sharedCustomer,
  snapshotOf,
} from "../helpers/providers-fixtures";

let operator: OperatorActor;
beforeAll(async () => {
  operator = await newOperator();
});

describe("R15 the operator ends a relationship", () => {
  it("R15: ACTIVE → ENDED with reason, date and operator; history kept; audit in both tenants; both primary contacts emailed; customer relationships untouched", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    await sharedCustomer(provider.partner.id, reseller.partner.id);
    await testDb().user.update({
      where: { id: provider.admin!.id },
      data: { email: provider.partner.contactEmail, preferredLocale: "de" },
    });
    const customerRowsBefore = await testDb().customerRelationship.findMany({
      where: { partnerId: { in: [provider.partner.id, reseller.partner.id] } },
      orderBy: { id: "asc" },
    });

    await endProviderResellerRelationship(operator, {
      relationshipId: relationship.id,
      reason: "  Contract ended\r\nby both parties  ",
    });

    const row = await testDb().providerResellerRelationship.findUniqueOrThrow({ where: { id: relationship.id } });
    expect(row).toMatchObject({
      status: "ENDED",
      endedByOperatorId: operator.operatorId,
      endReason: "Contract ended\nby both parties",
      startedAt: relationship.startedAt,
    });
    expect(row.endedAt).toBeInstanceOf(Date);

    for (const side of [provider, reseller]) {
      const events = await testDb().auditEvent.findMany({
        where: { tenantId: side.tenant.id, action: "relationship.provider_reseller_ended" },
      });
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({
        actorOperatorId: operator.operatorId,
        actorUserId: null,
        targetId: relationship.id,
        ip: "192.0.2.15",
        before: { status: "ACTIVE" },
      });
      expect(events[0].after).toMatchObject({ status: "ENDED", reason: "Contract ended\nby both parties" });
    }
    const mails = await testDb().outboxEmail.findMany({
      where: { tenantId: { in: [provider.tenant.id, reseller.tenant.id] }, template: "relationship-notice" },
    });
    expect(mails.map((mail) => mail.toAddress).sort()).toEqual(
      [provider.partner.contactEmail, reseller.partner.contactEmail].sort(),
    );
    const providerMail = mails.find((mail) => mail.toAddress === provider.partner.contactEmail)!;
    expect(providerMail.subject).toBe(
      `Die Beziehung zwischen ${provider.partner.legalName} und ${reseller.partner.legalName} wurde beendet`,
    ); // the contact's language
    const resellerMail = mails.find((mail) => mail.toAddress === reseller.partner.contactEmail)!;
    expect(resellerMail.subject).toBe(
      `The relationship between ${reseller.partner.legalName} and ${provider.partner.legalName} has ended`,
    );
    expect(resellerMail.text).toContain("/indirect-providers");

    // Decision: each partner's own customer relationships stay as they were.
    expect(
      await testDb().customerRelationship.findMany({
        where: { partnerId: { in: [provider.partner.id, reseller.partner.id] } },
        orderBy: { id: "asc" },
      }),
    ).toEqual(customerRowsBefore);
    // History: the reseller's Indirect providers page keeps the row, ended with date and reason.
    const view = await listIndirectProviders((await signInAs(reseller.admin!.email)).actor);
    expect(view.providers).toEqual([
      expect.objectContaining({
        relationshipId: relationship.id,
        status: "ENDED",
        endReason: "Contract ended\nby both parties",
      }),
    ]);
  });

  it("R15: a reason is required (and limited); an unknown relationship is NOT_FOUND; nothing changes", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    const before = await snapshotOf([keysOf(provider), keysOf(reseller)]);
    expect(
      (await refused(endProviderResellerRelationship(operator, { relationshipId: relationship.id, reason: "   " })))
        .details.fieldErrors,
    ).toEqual({ reason: "endRelationship.reasonRequired" });
    expect(
      (
        await refused(
          endProviderResellerRelationship(operator, { relationshipId: relationship.id, reason: "x".repeat(2001) }),
        )
      ).details.fieldErrors,
    ).toEqual({ reason: "endRelationship.reasonTooLong" });
    expect(
      (await refused(endProviderResellerRelationship(operator, { relationshipId: relationship.id } as never))).code,
    ).toBe("VALIDATION");
    expect(
      (
        await refused(
          endProviderResellerRelationship(operator, {
            relationshipId: "00000000-0000-4000-8000-000000000000",
            reason: "Gone",
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await snapshotOf([keysOf(provider), keysOf(reseller)])).toEqual(before);
  });

  it("R15: ending twice is a clear refusal naming the rule; nothing changes", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    await endProviderResellerRelationship(operator, { relationshipId: relationship.id, reason: "First" });
    const before = await snapshotOf([keysOf(provider), keysOf(reseller)]);
    const again = await refused(
      endProviderResellerRelationship(operator, { relationshipId: relationship.id, reason: "Second" }),
    );
    expect(again.code).toBe("CONFLICT");
    expect(again.details.rule).toBe("R15");
    expect(again.message).toMatch(/^R15: this relationship already ended on \d{4}-\d{2}-\d{2}\.$/);
    expect(await snapshotOf([keysOf(provider), keysOf(reseller)])).toEqual(before);
  });

  it("R15: of 8 concurrent ends exactly one wins: one ended row, one audit event per tenant, one email per partner", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, (_, i) =>
        endProviderResellerRelationship(operator, { relationshipId: relationship.id, reason: `Attempt ${i}` }),
      ),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results)
      if (result.status === "rejected")
        expect((result.reason as { details: { rule?: string } }).details.rule).toBe("R15");
    expect(
      await testDb().auditEvent.count({
        where: {
          tenantId: { in: [provider.tenant.id, reseller.tenant.id] },
          action: "relationship.provider_reseller_ended",
        },
      }),
    ).toBe(2);
    expect(
      await testDb().outboxEmail.count({
        where: { tenantId: { in: [provider.tenant.id, reseller.tenant.id] }, template: "relationship-notice" },
      }),
    ).toBe(2);
  });
});

describe("R15 from an end-relationship support request", () => {
  it("ends the relationship and, in the same transaction, replies to the requester (message + email) and closes the request", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    const { actor } = await signInAs(reseller.admin!.email);
    const request = await createSupportRequest(actor, {
      category: "END_PROVIDER_RESELLER_RELATIONSHIP",
      subject: "Please end it",
      description: "We stopped working together.",
      relationshipId: relationship.id,
    });
    await endProviderResellerRelationship(operator, {
      relationshipId: relationship.id,
      reason: "We stopped working together.",
      supportRequestId: request.id,
    });

    const row = await testDb().supportRequest.findUniqueOrThrow({
      where: { id: request.id },
      include: { messages: true },
    });
    expect(row.status).toBe("CLOSED");
    expect(row.messages).toHaveLength(1);
    expect(row.messages[0]).toMatchObject({ operatorId: operator.operatorId });
    expect(row.messages[0].body).toBe(
      `We ended the provider–reseller relationship between ${provider.partner.legalName} (provider) and ${reseller.partner.legalName} (reseller). Reason: We stopped working together.`,
    );
    const actions = (
      await testDb().auditEvent.findMany({ where: { tenantId: reseller.tenant.id }, orderBy: { createdAt: "asc" } })
    ).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        "support.request_created",
        "relationship.provider_reseller_ended",
        "support.replied",
        "support.closed",
      ]),
    );
    const reply = await testDb().outboxEmail.findMany({
      where: { tenantId: reseller.tenant.id, template: "support-reply" },
    });
    expect(reply.map((mail) => mail.toAddress)).toEqual([reseller.admin!.email]);
    expect(
      await testDb().outboxEmail.count({
        where: { tenantId: { in: [provider.tenant.id, reseller.tenant.id] }, template: "relationship-notice" },
      }),
    ).toBe(2);
  });

  it("a request about another relationship, or a closed one, is refused and the relationship stays ACTIVE (all or nothing)", async () => {
    const a = await linkedPair();
    const b = await linkedPair();
    const requestB = await createSupportRequest((await signInAs(b.reseller.admin!.email)).actor, {
      category: "END_PROVIDER_RESELLER_RELATIONSHIP",
      subject: "End B",
      description: "Please",
      relationshipId: b.relationship.id,
    });
    const keys = [keysOf(a.provider), keysOf(a.reseller), keysOf(b.provider), keysOf(b.reseller)];
    const before = await snapshotOf(keys);
    expect(
      (
        await refused(
          endProviderResellerRelationship(operator, {
            relationshipId: a.relationship.id,
            reason: "Mixed up",
            supportRequestId: requestB.id,
          }),
        )
      ).code,
    ).toBe("NOT_FOUND");
    expect(await snapshotOf(keys)).toEqual(before);

    await testDb().supportRequest.update({ where: { id: requestB.id }, data: { status: "CLOSED" } });
    const closedBefore = await snapshotOf(keys);
    expect(
      (
        await refused(
          endProviderResellerRelationship(operator, {
            relationshipId: b.relationship.id,
            reason: "Late",
            supportRequestId: requestB.id,
          }),
        )
      ).code,
    ).toBe("CONFLICT");
    expect(await snapshotOf(keys)).toEqual(closedBefore);
    expect(
      (await testDb().providerResellerRelationship.findUniqueOrThrow({ where: { id: b.relationship.id } })).status,
    ).toBe("ACTIVE");
  });

  it("after the end, the relationship is no longer a choice and a new end request for it is a field error", async () => {
    const { reseller, relationship } = await linkedPair();
    await endProviderResellerRelationship(operator, { relationshipId: relationship.id, reason: "Done" });
    const refusal = await refused(
      createSupportRequest((await signInAs(reseller.admin!.email)).actor, {
        category: "END_PROVIDER_RESELLER_RELATIONSHIP",
        subject: "Again",
        description: "Again",
        relationshipId: relationship.id,
      }),
    );
    expect(refusal.details.fieldErrors).toEqual({ relationshipId: "support.relationshipInvalid" });
  });
});

describe.each(ROLE_COMBOS)("R15 partners can't end a relationship: $agentRole + $adminRole", (roles) => {
  it.each(["provider", "reseller", "unrelated"] as const)(
    "a user of the %s tenant is refused (NOT_FOUND) and nothing changes",
    async (side) => {
      const pair = await linkedPair();
      const stranger = await linkedPair();
      const tenantId =
        side === "provider"
          ? pair.provider.tenant.id
          : side === "reseller"
            ? pair.reseller.tenant.id
            : stranger.reseller.tenant.id;
      const { actor } = await signInAs((await createUser({ tenantId, ...roles })).email);
      const keys = [keysOf(pair.provider), keysOf(pair.reseller), keysOf(stranger.provider), keysOf(stranger.reseller)];
      const before = await snapshotOf(keys);
      const asOperator = actor as unknown as OperatorActor;
      expect(
        (
          await refused(
            endProviderResellerRelationship(asOperator, {
              relationshipId: pair.relationship.id,
              reason: `Partner ${unique()}`,
            }),
          )
        ).code,
      ).toBe("NOT_FOUND");
      const forged = { ...(actor as UserActor), kind: "operator", operatorId: "" } as unknown as OperatorActor;
      expect(
        (
          await refused(
            endProviderResellerRelationship(forged, { relationshipId: pair.relationship.id, reason: "Forged" }),
          )
        ).code,
      ).toBe("NOT_FOUND");
      expect((await refused(listProviderResellerRelationships(asOperator, parseRelationshipFilter({})))).code).toBe(
        "NOT_FOUND",
      );
      expect((await refused(getProviderResellerRelationship(asOperator, pair.relationship.id))).code).toBe("NOT_FOUND");
      expect(await snapshotOf(keys)).toEqual(before);
    },
  );
});

describe("Operator console → Relationships", () => {
  it("searches by either partner's name or PN ID, filters by status (default active), shows the detail", async () => {
    const { provider, reseller, relationship } = await linkedPair();
    const ended = await linkedPair();
    await endProviderResellerRelationship(operator, { relationshipId: ended.relationship.id, reason: "Closed down" });
    const ids = async (params: Record<string, string>) =>
      (await listProviderResellerRelationships(operator, parseRelationshipFilter(params))).relationships.map(
        (row) => row.id,
      );
    expect(await ids({ q: provider.partner.legalName })).toEqual([relationship.id]);
    expect(await ids({ q: reseller.partner.pnId.toLowerCase() })).toEqual([relationship.id]);
    expect(await ids({ q: ended.reseller.partner.legalName })).toEqual([]); // default: active only
    expect(await ids({ q: ended.reseller.partner.legalName, status: "ENDED" })).toEqual([ended.relationship.id]);
    expect(await ids({ q: ended.provider.partner.pnId, status: "ALL" })).toEqual([ended.relationship.id]);
    expect(await ids({ q: "%" })).toEqual([]);
    const detail = await getProviderResellerRelationship(operator, ended.relationship.id);
    expect(detail).toMatchObject({
      status: "ENDED",
      endReason: "Closed down",
      endedByOperator: { email: operator.email },
    });
    expect((await refused(getProviderResellerRelationship(operator, "x"))).code).toBe("NOT_FOUND");
  });
});
