// Authorization matrix (SPEC §2) for the provider–reseller actions × the six role combinations ×
// own and other tenant: P-reseller-invite (pre-flight, search, create, send, resend, revoke),
// P-customers-view (both lists), P-provider-accept (authorize, R6). Every refusal leaves the
// database as it was; another tenant's invitation is NOT_FOUND for everyone.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { hasPermission, type Permission } from "@/lib/authz/permissions";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { RESELLER_INVITATION_KINDS } from "@/lib/provider-reseller-relationships/reseller-invitation-kinds";
import { resendInvitation } from "@/lib/invitations/resend-invitation";
import { revokeInvitation } from "@/lib/invitations/revoke-invitation";
import { sendInvitationEmail } from "@/lib/invitations/send-invitation-email";
import { authorizeIndirectProvider } from "@/lib/provider-reseller-relationships/authorize-indirect-provider";
import { createResellerInvitation } from "@/lib/provider-reseller-relationships/create-reseller-invitation";
import { listIndirectResellers } from "@/lib/provider-reseller-relationships/list-indirect-resellers";
import { listResellerInvitations } from "@/lib/provider-reseller-relationships/list-reseller-invitations";
import { preflightResellerInvitation } from "@/lib/provider-reseller-relationships/preflight-reseller-invitation";
import { searchEnrolledResellers } from "@/lib/provider-reseller-relationships/search-enrolled-resellers";
import { createProviderResellerRelationship } from "../helpers/factories";
import {
  createProvider,
  createReseller,
  inviteReseller,
  outcomeOf,
  pairSnapshot,
  userWithRoles,
} from "../helpers/partnerships-fixtures";

const ROLES: { label: string; agentRole: AgentRole; adminRole: AdminRole }[] = [
  { label: "Admin agent", agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" },
  { label: "Sales agent", agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" },
  { label: "Helpdesk agent", agentRole: "HELPDESK_AGENT", adminRole: "NO_ADMIN" },
  { label: "Global admin", agentRole: "NO_AGENT", adminRole: "GLOBAL_ADMIN" },
  { label: "User management admin", agentRole: "NO_AGENT", adminRole: "USER_MANAGEMENT_ADMIN" },
  { label: "No roles", agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
];

type Provider = Awaited<ReturnType<typeof createProvider>>;
type Context = { actor: SessionUser; own: Provider; other: Provider };
/** One call as the role's user on the own or the other provider's data; returns the partner ids and tenants it could touch. */
type Call = {
  name: string;
  permission: Permission;
  run: (
    context: Context,
    where: "own" | "other",
  ) => Promise<{
    call: () => Promise<unknown>;
    tenants: string[];
    partners: string[];
    check?: (result: unknown) => void;
  }>;
};

const invitationOf = async (provider: Provider) => {
  const reseller = await createReseller();
  return { reseller, invitation: await inviteReseller(provider, reseller) };
};

const CALLS: Call[] = [
  {
    name: "pre-flight",
    permission: "reseller-invite",
    run: async ({ actor, own }) => {
      const reseller = await createReseller();
      return {
        call: () => preflightResellerInvitation(actor, { email: reseller.admin!.email }),
        tenants: [own.tenant.id],
        partners: [own.partner.id],
      };
    },
  },
  {
    name: "search resellers",
    permission: "reseller-invite",
    run: async ({ actor, own }) => {
      const reseller = await createReseller();
      return {
        call: () => searchEnrolledResellers(actor, reseller.partner.pnId),
        tenants: [own.tenant.id],
        partners: [own.partner.id],
      };
    },
  },
  {
    name: "create invitation",
    permission: "reseller-invite",
    run: async ({ actor, own }) => {
      const reseller = await createReseller();
      return {
        call: () => createResellerInvitation(actor, { email: reseller.admin!.email }),
        tenants: [own.tenant.id, reseller.tenant.id],
        partners: [own.partner.id, reseller.partner.id],
      };
    },
  },
  {
    name: "send invitation",
    permission: "reseller-invite",
    run: async ({ actor, own, other }, where) => {
      const provider = where === "own" ? own : other;
      const { reseller, invitation } = await invitationOf(provider);
      return {
        call: () =>
          sendInvitationEmail(
            actor,
            { unverifiedInvitationId: invitation.invitationId, token: invitation.token, text: "Hello" },
            RESELLER_INVITATION_KINDS,
          ),
        tenants: [provider.tenant.id, reseller.tenant.id],
        partners: [provider.partner.id, reseller.partner.id],
      };
    },
  },
  {
    name: "resend invitation",
    permission: "reseller-invite",
    run: async ({ actor, own, other }, where) => {
      const provider = where === "own" ? own : other;
      const { reseller, invitation } = await invitationOf(provider);
      return {
        call: () =>
          resendInvitation(actor, { unverifiedInvitationId: invitation.invitationId }, RESELLER_INVITATION_KINDS),
        tenants: [provider.tenant.id, reseller.tenant.id],
        partners: [provider.partner.id, reseller.partner.id],
      };
    },
  },
  {
    name: "revoke invitation",
    permission: "reseller-invite",
    run: async ({ actor, own, other }, where) => {
      const provider = where === "own" ? own : other;
      const { reseller, invitation } = await invitationOf(provider);
      return {
        call: () =>
          revokeInvitation(actor, { unverifiedInvitationId: invitation.invitationId }, RESELLER_INVITATION_KINDS),
        tenants: [provider.tenant.id, reseller.tenant.id],
        partners: [provider.partner.id, reseller.partner.id],
      };
    },
  },
  {
    name: "list indirect resellers",
    permission: "customers-view",
    run: async ({ actor, own, other }) => {
      const theirs = await createReseller();
      await createProviderResellerRelationship({ providerId: other.partner.id, resellerId: theirs.partner.id });
      return {
        call: () => listIndirectResellers(actor),
        tenants: [own.tenant.id],
        partners: [own.partner.id],
        check: (result) =>
          expect(
            (result as Awaited<ReturnType<typeof listIndirectResellers>>).resellers.some(
              (r) => r.resellerId === theirs.partner.id,
            ),
          ).toBe(false),
      };
    },
  },
  {
    name: "list invitations",
    permission: "customers-view",
    run: async ({ actor, own, other }) => {
      const { invitation } = await invitationOf(other);
      return {
        call: () => listResellerInvitations(actor),
        tenants: [own.tenant.id],
        partners: [own.partner.id],
        check: (result) =>
          expect(
            (result as Awaited<ReturnType<typeof listResellerInvitations>>).invitations.some(
              (i) => i.id === invitation.invitationId,
            ),
          ).toBe(false),
      };
    },
  },
];

describe.each(ROLES)("provider side as $label", (role) => {
  const context = {} as Context;
  beforeAll(async () => {
    context.own = await createProvider();
    context.other = await createProvider();
    context.actor = await userWithRoles(context.own.tenant.id, role);
  });

  describe.each(["own", "other"] as const)("%s tenant", (where) => {
    it.each(CALLS)("$permission: $name", async (call) => {
      const { call: run, tenants, partners, check } = await call.run(context, where);
      const allowed = hasPermission(role, call.permission);
      // Another provider's invitation is never reachable; lists and creation always work on the actor's own organization.
      const reachable =
        where === "own" || !["send invitation", "resend invitation", "revoke invitation"].includes(call.name);
      const before = await pairSnapshot(tenants, partners);
      let result: unknown;
      // The call starts only after the snapshot, so a refused call is compared with the state before it.
      const outcome = await outcomeOf(run().then((value) => (result = value)));
      if (allowed && reachable) {
        expect(outcome).toBe("OK");
        check?.(result);
      } else {
        expect(outcome === "OK" ? "OK" : outcome.code).toBe("NOT_FOUND");
        expect(await pairSnapshot(tenants, partners)).toEqual(before);
      }
    });
  });
});

describe.each(ROLES)("reseller side as $label (P-provider-accept, R6)", (role) => {
  it.each(["own", "other"] as const)("authorize an invitation to the %s tenant", async (where) => {
    const provider = await createProvider();
    const invited = await createReseller();
    const otherReseller = await createReseller();
    const invitation = await inviteReseller(provider, invited);
    const actor = await userWithRoles(where === "own" ? invited.tenant.id : otherReseller.tenant.id, role);
    const scope = [
      [provider.tenant.id, invited.tenant.id, otherReseller.tenant.id],
      [provider.partner.id, invited.partner.id, otherReseller.partner.id],
    ] as const;
    const before = await pairSnapshot([...scope[0]], [...scope[1]]);
    const outcome = await outcomeOf(authorizeIndirectProvider(actor, { token: invitation.token }));
    if (where === "own" && role.adminRole === "GLOBAL_ADMIN") {
      expect(outcome).toBe("OK");
    } else {
      expect(outcome).not.toBe("OK");
      const refusal = outcome as Exclude<typeof outcome, "OK">;
      expect(refusal.code).toBe("FORBIDDEN");
      expect(refusal.details.rule).toBe(where === "own" ? "R6" : "R16");
      expect(await pairSnapshot([...scope[0]], [...scope[1]])).toEqual(before);
    }
  });
});
