// The provider's Indirect resellers page data: its resellers with region, PN ID, since, status
// (ended ones kept as history, R15) and R5 readiness naming each missing step — the batched
// readiness agrees with getTransactReadiness for every case — and its invitations' states (R16).
import { describe, expect, it } from "vitest";
import { getTransactReadiness } from "@/lib/partners/get-transact-readiness";
import { listIndirectResellers } from "@/lib/provider-reseller-relationships/list-indirect-resellers";
import { listResellerInvitations } from "@/lib/provider-reseller-relationships/list-reseller-invitations";
import { signInAs } from "../helpers/actors";
import { sql } from "../helpers/db";
import {
  createInvitation,
  createPartner,
  createProviderResellerRelationship,
  createUser,
  unique,
} from "../helpers/factories";
import { createMovedReseller, createProvider, createReseller, refusalOf } from "../helpers/partnerships-fixtures";

describe("Indirect resellers list (R5 readiness, R15 history)", () => {
  it("R5: each reseller's readiness names every missing step, and agrees with getTransactReadiness", async () => {
    const provider = await createProvider();
    const ready = await createReseller();
    const noAgreement = await createReseller({ agreementAccepted: false });
    const noAccount = await createPartner({ programs: ["INDIRECT_RESELLER"], withAdmin: false });
    await createUser({ tenantId: noAccount.tenant.id, agentRole: "ADMIN_AGENT" }); // users, but no Global admin
    const inReview = await createPartner({ programs: ["INDIRECT_RESELLER"], status: "IN_REVIEW" });
    const moved = await createMovedReseller({ acceptedAndContinued: false }); // R14: not active yet
    const nothing = await createPartner({
      programs: ["INDIRECT_RESELLER"],
      status: "IN_REVIEW",
      agreementAccepted: false,
      withAdmin: false,
    });
    const cases = [
      [ready, []],
      [noAgreement, ["partner_agreement"]],
      [noAccount, ["account"]],
      [inReview, ["approved_reseller_enrollment"]],
      [moved, ["approved_reseller_enrollment"]],
      [nothing, ["account", "approved_reseller_enrollment", "partner_agreement"]],
    ] as const;
    for (const [reseller] of cases)
      await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: reseller.partner.id });
    const { resellers, total } = await listIndirectResellers(provider.actor);
    expect(total).toBe(cases.length);
    for (const [reseller, missing] of cases) {
      const row = resellers.find((r) => r.resellerId === reseller.partner.id)!;
      expect(row.readiness).toEqual({ ready: missing.length === 0, missing });
      expect(row.readiness).toEqual(await getTransactReadiness(reseller.partner.id));
      expect(row).toMatchObject({
        name: reseller.partner.legalName,
        pnId: reseller.partner.pnId,
        region: "EUROPE",
        status: "ACTIVE",
        endedAt: null,
      });
    }
  });

  it("R15: ended relationships stay listed after the active ones, with their end date; search by name or PN ID", async () => {
    const provider = await createProvider();
    const tag = unique();
    const active = await createReseller({ name: `Active ${tag}` });
    const ended = await createReseller({ name: `Ended ${tag}`, countryCode: "AT" });
    await createProviderResellerRelationship({
      providerId: provider.partner.id,
      resellerId: ended.partner.id,
      status: "ENDED",
    });
    await createProviderResellerRelationship({ providerId: provider.partner.id, resellerId: active.partner.id });
    const { resellers } = await listIndirectResellers(provider.actor);
    expect(resellers.map((r) => [r.name, r.status])).toEqual([
      [active.partner.legalName, "ACTIVE"],
      [ended.partner.legalName, "ENDED"],
    ]);
    expect(resellers[1].endedAt).toBeInstanceOf(Date);
    expect(
      (await listIndirectResellers(provider.actor, { search: `ended ${tag}` })).resellers.map((r) => r.resellerId),
    ).toEqual([ended.partner.id]);
    expect(
      (await listIndirectResellers(provider.actor, { search: active.partner.pnId })).resellers.map((r) => r.resellerId),
    ).toEqual([active.partner.id]);
    expect((await listIndirectResellers(provider.actor, { search: "%" })).resellers).toEqual([]);
  });

  it("R7: a provider sees only its own resellers, never another provider's", async () => {
    const provider = await createProvider();
    const other = await createProvider();
    const theirs = await createReseller();
    await createProviderResellerRelationship({ providerId: other.partner.id, resellerId: theirs.partner.id });
    expect((await listIndirectResellers(provider.actor)).resellers).toEqual([]);
    expect((await listResellerInvitations(provider.actor)).invitations).toEqual([]);
  });

  it("a partner without an active INDIRECT_PROVIDER program gets NOT_FOUND", async () => {
    const reseller = await createReseller();
    const { actor } = await signInAs(reseller.admin!.email);
    expect((await refusalOf(listIndirectResellers(actor))).code).toBe("NOT_FOUND");
    expect((await refusalOf(listResellerInvitations(actor))).code).toBe("NOT_FOUND");
    const pendingProvider = await createPartner({ programs: ["INDIRECT_PROVIDER"], status: "IN_REVIEW" });
    expect((await refusalOf(listIndirectResellers((await signInAs(pendingProvider.admin!.email)).actor))).code).toBe(
      "NOT_FOUND",
    );
  });
});

describe("invitations list (R16 states)", () => {
  it("R16: pending, accepted, expired (database clock), revoked and declined, with sent to, sent on and expiry; pending first", async () => {
    const provider = await createProvider();
    const make = (status?: "ACCEPTED" | "REVOKED" | "DECLINED") =>
      createInvitation({
        inviterId: provider.partner.id,
        kind: "RESELLER_PARTNERSHIP",
        status,
        intendedEmail: `ga-${unique()}@reseller.example`,
      });
    const pending = await make();
    const expired = await make();
    await sql().query("UPDATE invitations SET expires_at = now() - interval '1 second' WHERE id = $1", [expired.id]);
    const accepted = await make("ACCEPTED");
    const revoked = await make("REVOKED");
    const declined = await make("DECLINED");
    await createInvitation({ inviterId: provider.partner.id, kind: "CUSTOMER_RELATIONSHIP" }); // not a reseller invitation
    const { invitations, total } = await listResellerInvitations(provider.actor);
    expect(total).toBe(5);
    const stateOf = (id: string) => invitations.find((i) => i.id === id)?.state;
    expect([pending, expired, accepted, revoked, declined].map((i) => stateOf(i.id))).toEqual([
      "PENDING",
      "EXPIRED",
      "ACCEPTED",
      "REVOKED",
      "DECLINED",
    ]);
    expect(
      invitations
        .slice(0, 2)
        .map((i) => i.id)
        .sort(),
    ).toEqual([pending.id, expired.id].sort());
    const row = invitations.find((i) => i.id === pending.id)!;
    expect(row.sentTo).toBe(pending.intendedEmail);
    expect(row.sentOn).toBeInstanceOf(Date);
    expect(row.expiresAt.getTime()).toBe(pending.expiresAt.getTime());
  });
});
