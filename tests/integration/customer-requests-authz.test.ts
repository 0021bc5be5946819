// P-customer-request × every role combination × own and other tenant, for the sending side of
// customer invitations: pre-flight, create-request, create-joint and the Sent requests list.
// SPEC §2 transcribed here independently of lib/authz: Admin agent, Sales agent and Global admin
// may; Helpdesk agent, User management admin and No roles may not. A customer tenant's Global
// admin holds no partner permission. Refused calls answer NOT_FOUND and change nothing.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { createCustomerRequest } from "@/lib/customer-invitations/create-customer-request";
import { createJointInvitation } from "@/lib/customer-invitations/create-joint-invitation";
import { listCustomerInvitations } from "@/lib/customer-invitations/list-customer-invitations";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { signInAs } from "../helpers/actors";
import { createCustomer, createInvitation, unique } from "../helpers/factories";
import { actorIn, linkedPair, refusalOf, snapshot } from "../helpers/customer-requests-fixtures";

const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
const combos = AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ agentRole, adminRole })));
const mayRequest = (roles: { agentRole: AgentRole; adminRole: AdminRole }) =>
  roles.agentRole === "ADMIN_AGENT" || roles.agentRole === "SALES_AGENT" || roles.adminRole === "GLOBAL_ADMIN";

type World = {
  own: Awaited<ReturnType<typeof linkedPair>>;
  other: Awaited<ReturnType<typeof linkedPair>>;
  otherInvitationId: string;
};
type Call = { name: string; run: (actor: SessionUser, world: World, where: "own" | "other") => Promise<void> };

const freshEmail = () => `authz-${unique()}@fresh-${unique()}.example`;
const form = () => ({ email: freshEmail(), expiresInDays: 30, locale: "en" as const });

const CALLS: Call[] = [
  {
    name: "pre-flight",
    run: async (actor, world, where) => {
      const target =
        where === "own"
          ? { kind: "CUSTOMER_RELATIONSHIP" as const }
          : { kind: "CUSTOMER_JOINT" as const, unverifiedProviderId: world.other.provider.partner.id };
      expect((await preflightCustomerInvitation(actor, target, freshEmail())).violations).toEqual([]);
    },
  },
  {
    name: "create request",
    run: async (actor, world, where) => {
      // The inviter always comes from the session: another tenant's partner id in the input is refused.
      const input = where === "own" ? form() : { ...form(), inviterId: world.other.reseller.partner.id };
      const created = await createCustomerRequest(actor, input as never);
      expect(created.inviterName).toBe(world.own.reseller.partner.legalName);
    },
  },
  {
    name: "create joint",
    run: async (actor, world, where) => {
      const provider = where === "own" ? world.own.provider : world.other.provider;
      const created = await createJointInvitation(actor, { ...form(), unverifiedProviderId: provider.partner.id });
      expect(created.coInviterName).toBe(world.own.provider.partner.legalName);
    },
  },
  {
    name: "list",
    // Listing is always the actor's own partner's: another tenant's invitation never shows.
    run: async (actor, world) => {
      const { invitations } = await listCustomerInvitations(actor);
      expect(invitations.some((row) => row.id === world.otherInvitationId)).toBe(false);
    },
  },
];

const tenantsOf = (world: World) => [
  world.own.reseller,
  world.own.provider,
  world.other.reseller,
  world.other.provider,
];

async function newWorld(): Promise<World> {
  const [own, other] = [await linkedPair(), await linkedPair()];
  const invitation = await createInvitation({ inviterId: other.reseller.partner.id });
  return { own, other, otherInvitationId: invitation.id };
}

describe.each(combos)("P-customer-request as $agentRole + $adminRole", (roles) => {
  let actor: SessionUser;
  let world: World;
  beforeAll(async () => {
    world = await newWorld();
    actor = await actorIn(world.own.reseller.tenant.id, roles);
  });

  describe.each(["own", "other"] as const)("%s tenant", (where) => {
    it.each(CALLS)("$name", async (call) => {
      const partners = tenantsOf(world).map((side) => side.partner.id);
      const tenants = tenantsOf(world).map((side) => side.tenant.id);
      const before = await snapshot(partners, tenants);
      const expected = mayRequest(roles) && (where === "own" || call.name === "list");
      if (expected) {
        await call.run(actor, world, where);
        return;
      }
      const refusal = await refusalOf(call.run(actor, world, where));
      if (!mayRequest(roles)) expect(refusal.code).toBe("NOT_FOUND");
      else expect(["NOT_FOUND", "VALIDATION"]).toContain(refusal.code);
      expect(await snapshot(partners, tenants)).toEqual(before);
    });
  });
});

describe("a customer tenant's Global admin", () => {
  it.each(CALLS)("$name → NOT_FOUND, nothing changes", async (call) => {
    const world = await newWorld();
    const customer = await createCustomer();
    const { actor } = await signInAs(customer.admin!.email);
    const partners = tenantsOf(world).map((side) => side.partner.id);
    const tenants = [...tenantsOf(world).map((side) => side.tenant.id), customer.tenant.id];
    const before = await snapshot(partners, tenants);
    expect((await refusalOf(call.run(actor, world, "own"))).code).toBe("NOT_FOUND");
    expect(await snapshot(partners, tenants)).toEqual(before);
  });
});
