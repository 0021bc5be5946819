// Authorization matrix of the customer's actions on a customer invitation (R16: only a Global
// admin of a customer tenant accepts or declines; R3: never a partner tenant), for every agent ×
// admin role, in a customer tenant, in the inviting partner's own tenant and in another partner's
// tenant. When refused, the invitation stays PENDING and nothing was created, accepted or declined.
import { beforeAll, describe, expect, it } from "vitest";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { acceptCustomerInvitation } from "@/lib/customer-invitations/accept-customer-invitation";
import { declineCustomerInvitation } from "@/lib/customer-invitations/decline-customer-invitation";
import { signInAs } from "../helpers/actors";
import {
  auditEventsOf,
  createCustomerInvitation,
  invitationRow,
  relationshipsOf,
  updateEmailsTo,
} from "../helpers/customer-invitation-fixtures";
import { testDb } from "../helpers/db";
import { createCustomer, createPartner, createUser } from "../helpers/factories";

const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
const TENANTS = ["customer tenant", "inviting partner's tenant", "other partner's tenant"] as const;
const ACTIONS = { accept: acceptCustomerInvitation, decline: declineCustomerInvitation } as const;

const cases = (Object.keys(ACTIONS) as (keyof typeof ACTIONS)[]).flatMap((action) =>
  TENANTS.flatMap((tenant) =>
    AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ action, tenant, agentRole, adminRole }))),
  ),
);

describe("R16 R3 who may accept or decline a customer invitation", () => {
  let inviter: Awaited<ReturnType<typeof createPartner>>;
  let otherPartner: Awaited<ReturnType<typeof createPartner>>;
  beforeAll(async () => {
    inviter = await createPartner();
    otherPartner = await createPartner();
  });

  it.each(cases)(
    "$action as $agentRole + $adminRole in the $tenant",
    async ({ action, tenant, agentRole, adminRole }) => {
      const tenantId =
        tenant === "customer tenant"
          ? (await createCustomer({ withAdmin: false })).tenant.id
          : tenant === "inviting partner's tenant"
            ? inviter.tenant.id
            : otherPartner.tenant.id;
      const user = await createUser({ tenantId, agentRole, adminRole });
      const { actor } = await signInAs(user.email);
      const sender = await createUser({ tenantId: inviter.tenant.id, agentRole: "SALES_AGENT" });
      const invitation = await createCustomerInvitation({ inviterId: inviter.partner.id, sentByUserId: sender.id });
      const allowed = tenant === "customer tenant" && adminRole === "GLOBAL_ADMIN";
      const outcome = await ACTIONS[action](actor, { token: invitation.token }).then(
        () => "ok",
        (error) => error,
      );

      const row = await invitationRow(invitation.id);
      if (allowed) {
        expect(outcome).toBe("ok");
        expect(row.status).toBe(action === "accept" ? "ACCEPTED" : "DECLINED");
        expect(await relationshipsOf(tenantId)).toHaveLength(action === "accept" ? 1 : 0);
        expect(await updateEmailsTo(sender.email)).toHaveLength(1);
        return;
      }
      expect(outcome).toBeInstanceOf(Error);
      expect(row).toMatchObject({ status: "PENDING", acceptedAt: null, acceptedTenantId: null, declinedAt: null });
      expect(await relationshipsOf(tenantId)).toEqual([]);
      expect(await auditEventsOf(`invitation.${action === "accept" ? "accepted" : "declined"}`, invitation.id)).toEqual(
        [],
      );
      expect(
        await testDb().auditEvent.count({
          where: {
            action: "relationship.customer_established",
            after: { path: ["invitationId"], equals: invitation.id },
          },
        }),
      ).toBe(0);
      if (tenant === "customer tenant") {
        // Not a Global admin: told who can, and nothing at all is written (no refusal record, no email).
        expect(outcome).toMatchObject({ code: "FORBIDDEN", details: { rule: "R16" } });
        expect(row.lastRefusedAt).toBeNull();
        expect(await updateEmailsTo(sender.email)).toEqual([]);
      } else {
        // A partner tenant: R3 (accepting is recorded as a refused attempt for the sender; declining is simply refused).
        expect(outcome).toMatchObject({ details: { rule: "R3" } });
        expect(row.lastRefusalRule).toBe(action === "accept" ? "R3" : null);
      }
    },
  );
});
