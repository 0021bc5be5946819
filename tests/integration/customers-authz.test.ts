// P-customers-view / P-customers-manage / P-customer-request: every customers call × every role
// combination × a customer of the actor's own partner and one of another partner. The expected
// cells are transcribed from SPEC §2 independently of lib/authz. Refused calls answer "not found"
// and leave the database as it was. "Create a customer" uses P-customer-request: creating a
// customer tenant is acquiring a new customer, like inviting one (helpdesk agents can't).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { addProducts } from "@/lib/customers/add-products";
import { createCustomer } from "@/lib/customers/create-customer";
import { DEFAULT_CUSTOMER_FILTER } from "@/lib/customers/customer-filter";
import { getCustomerDetail } from "@/lib/customers/get-customer-detail";
import { listCustomers } from "@/lib/customers/list-customers";
import { listSubscriptions } from "@/lib/customers/list-subscriptions";
import { quantityField } from "@/lib/customers/products";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { signInAs } from "../helpers/actors";
import { createCustomer as createCustomerTenant, unique } from "../helpers/factories";
import {
  actorWithRoles,
  customerOf,
  customersSnapshot,
  signedInPartner,
  type PartnerFixture,
} from "../helpers/customers-fixtures";

const AGENTS: AgentRole[] = ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "NO_AGENT"];
const ADMINS: AdminRole[] = ["GLOBAL_ADMIN", "USER_MANAGEMENT_ADMIN", "NO_ADMIN"];
const combos = AGENTS.flatMap((agentRole) => ADMINS.map((adminRole) => ({ agentRole, adminRole })));

// SPEC §2, transcribed.
const SPEC = {
  view: ["ADMIN_AGENT", "SALES_AGENT", "HELPDESK_AGENT", "GLOBAL_ADMIN"],
  manage: ["ADMIN_AGENT", "HELPDESK_AGENT", "GLOBAL_ADMIN"],
  request: ["ADMIN_AGENT", "SALES_AGENT", "GLOBAL_ADMIN"],
} as const;
type Column = keyof typeof SPEC;
const holds = (column: Column, roles: { agentRole: AgentRole; adminRole: AdminRole }) =>
  (SPEC[column] as readonly string[]).includes(roles.agentRole) ||
  (SPEC[column] as readonly string[]).includes(roles.adminRole);

type Call = {
  name: string;
  column: Column;
  tenantBound: boolean;
  run: (actor: SessionUser, customerId: string) => Promise<unknown>;
};
const newCustomerInput = () => {
  const domain = `authz-${unique()}.example`;
  return {
    companyName: "Authz Customer",
    domain,
    countryCode: "DE",
    adminName: "Ada Admin",
    adminEmail: `admin@${domain}`,
  };
};
const CALLS: Call[] = [
  {
    name: "list customers",
    column: "view",
    tenantBound: true,
    run: async (actor, customerId) => {
      const { customers } = await listCustomers(actor, DEFAULT_CUSTOMER_FILTER);
      if (!customers.some((customer) => customer.id === customerId))
        throw Object.assign(new Error("not listed"), { code: "NOT_FOUND" });
    },
  },
  {
    name: "view a customer",
    column: "view",
    tenantBound: true,
    run: (actor, customerId) => getCustomerDetail(actor, customerId),
  },
  {
    name: "view products",
    column: "view",
    tenantBound: true,
    run: (actor, customerId) => listSubscriptions(actor, customerId),
  },
  {
    name: "add products",
    column: "manage",
    tenantBound: true,
    run: (actor, customerId) =>
      addProducts(actor, { customerId, idempotencyKey: randomUUID(), [quantityField("CLOUD-DEFENDER")]: "3" }),
  },
  {
    name: "create a customer",
    column: "request",
    tenantBound: false,
    run: (actor) => createCustomer(actor, newCustomerInput(), "en"),
  },
];

describe.each(combos)("customers as $agentRole + $adminRole", (roles) => {
  let own: PartnerFixture;
  let other: PartnerFixture;
  let actor: SessionUser;
  beforeAll(async () => {
    own = await signedInPartner({ programs: ["DIRECT_BILL"] });
    other = await signedInPartner({ programs: ["DIRECT_BILL"] });
    actor = await actorWithRoles(own.tenant.id, roles);
  });

  describe.each(["own", "other"] as const)("a customer of the %s partner", (whose) => {
    it.each(CALLS)("$name", async (call) => {
      const owner = whose === "own" ? own : other;
      const { tenant: customer } = await customerOf(owner.partner.id, { channel: "DIRECT_BILL" });
      const expected = holds(call.column, roles) && (whose === "own" || !call.tenantBound);
      const scope = {
        partnerIds: [own.partner.id, other.partner.id],
        tenantIds: [own.tenant.id, other.tenant.id, customer.id],
      };
      const before = await customersSnapshot(scope);
      let refusedWith: string | undefined;
      try {
        await call.run(actor, customer.id);
      } catch (error) {
        refusedWith = (error as { code?: string }).code ?? String(error);
      }
      if (expected) {
        expect(refusedWith).toBeUndefined();
      } else {
        expect(refusedWith).toBe("NOT_FOUND");
        expect(await customersSnapshot(scope)).toEqual(before);
      }
    });
  });
});

describe("customer tenants hold no partner permission", () => {
  it("a customer's Global admin gets NOT_FOUND for every customers call, and nothing changes", async () => {
    const partner = await signedInPartner({ programs: ["DIRECT_BILL"] });
    const customer = await createCustomerTenant();
    await customerOf(partner.partner.id, { channel: "DIRECT_BILL" });
    const { actor } = await signInAs(customer.admin!.email);
    const scope = { partnerIds: [partner.partner.id], tenantIds: [partner.tenant.id, customer.tenant.id] };
    const before = await customersSnapshot(scope);
    for (const call of CALLS) {
      let code: string | undefined;
      try {
        await call.run(actor, customer.tenant.id);
      } catch (error) {
        code = (error as { code?: string }).code;
      }
      expect(code, call.name).toBe("NOT_FOUND");
    }
    expect(await customersSnapshot(scope)).toEqual(before);
  });
});
