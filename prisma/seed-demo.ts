// The demo scenario of SPEC §7, loaded by `npm run dev` (and the e2e run) into an empty
// database only. Tests build their own data with factories (tests/helpers/factories.ts).
import { hash, type Algorithm } from "@node-rs/argon2";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../lib/generated/prisma/client.ts";
import type { AdminRole, AgentRole, Program } from "../lib/generated/prisma/enums.ts";

export const DEMO_PASSWORD = "Demo-Partner-2026!";
const AGREEMENT_VERSION = process.env.PARTNER_AGREEMENT_VERSION ?? "2026-01";

type DemoUser = { email: string; name: string; agent: AgentRole; admin: AdminRole };
type DemoPartner = {
  name: string;
  domain: string;
  country: string;
  pnId: string;
  programs: Program[];
  agreement: boolean;
  eligibleForIndirect?: boolean;
  users: DemoUser[];
};

const ga = (domain: string, name: string): DemoUser => ({
  email: `admin@${domain}`,
  name,
  agent: "ADMIN_AGENT",
  admin: "GLOBAL_ADMIN",
});

const PARTNERS: DemoPartner[] = [
  {
    name: "Northwind Distribution",
    domain: "northwind.example",
    country: "DE",
    pnId: "4100001",
    programs: ["INDIRECT_PROVIDER"],
    agreement: true,
    users: [ga("northwind.example", "Nora Northwind")],
  },
  {
    name: "Fabrikam Solutions",
    domain: "fabrikam.example",
    country: "DE",
    pnId: "4100002",
    programs: ["INDIRECT_RESELLER"],
    agreement: true,
    users: [
      ga("fabrikam.example", "Fay Fabrikam"),
      { email: "agent@fabrikam.example", name: "Alex Agent", agent: "ADMIN_AGENT", admin: "NO_ADMIN" },
      { email: "helpdesk@fabrikam.example", name: "Hana Helpdesk", agent: "HELPDESK_AGENT", admin: "NO_ADMIN" },
      { email: "users@fabrikam.example", name: "Uma Usermanager", agent: "NO_AGENT", admin: "USER_MANAGEMENT_ADMIN" },
    ],
  },
  {
    name: "Tailwind Traders",
    domain: "tailwindtraders.example",
    country: "FR",
    pnId: "4100003",
    programs: ["INDIRECT_RESELLER"],
    agreement: false,
    users: [ga("tailwindtraders.example", "Théo Tailwind")],
  },
  {
    name: "Tailspin IT",
    domain: "tailspin.example",
    country: "US",
    pnId: "4100004",
    programs: ["INDIRECT_RESELLER"],
    agreement: true,
    users: [ga("tailspin.example", "Tara Tailspin")],
  },
  {
    name: "Adatum Direct",
    domain: "adatum.example",
    country: "DE",
    pnId: "4100005",
    programs: ["DIRECT_BILL"],
    agreement: true,
    eligibleForIndirect: true,
    users: [ga("adatum.example", "Ada Adatum")],
  },
];

const CUSTOMERS = [
  { name: "Contoso Ltd", domain: "contoso.example", country: "DE", admin: "Carla Contoso" },
  { name: "Litware Inc", domain: "litware.example", country: "US", admin: "Liam Litware" },
  { name: "Woodgrove Bank", domain: "woodgrove.example", country: "AT", admin: "Wanda Woodgrove" },
];

// Membership directory profiles: the partners above, one free profile to enroll with,
// one inactive and one in another country (R13 demos).
const EXTRA_PROFILES = [
  { pnId: "4100006", legalName: "Proseware GmbH", countryCode: "DE", active: true },
  { pnId: "4100007", legalName: "Fabrikam Legacy GmbH", countryCode: "DE", active: false },
  { pnId: "4100008", legalName: "Fabrikam Inc.", countryCode: "US", active: true },
];

export async function seedDemo(databaseUrl: string): Promise<"seeded" | "skipped"> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.tenant.count()) > 0) return "skipped";
    const passwordHash = () =>
      hash(DEMO_PASSWORD, {
        algorithm: 2 as Algorithm /* Argon2id */,
        memoryCost: 19_456,
        timeCost: 2,
        parallelism: 1,
      });
    const partnerIds = new Map<string, string>();
    await prisma.$transaction(
      async (tx) => {
        for (const p of PARTNERS) {
          const tenant = await tx.tenant.create({
            data: { kind: "PARTNER", name: p.name, primaryDomain: p.domain, countryCode: p.country },
          });
          const users = [];
          for (const u of p.users) {
            users.push(
              await tx.user.create({
                data: {
                  tenantId: tenant.id,
                  email: u.email,
                  name: u.name,
                  agentRole: u.agent,
                  adminRole: u.admin,
                  passwordHash: await passwordHash(),
                },
              }),
            );
          }
          const partner = await tx.partnerOrganization.create({
            data: {
              tenantId: tenant.id,
              pnId: p.pnId,
              legalName: p.name,
              addressLine1: "1 Demo Street",
              city: p.country === "US" ? "Seattle" : p.country === "FR" ? "Paris" : "Berlin",
              postalCode: "10115",
              countryCode: p.country,
              contactName: p.users[0].name,
              contactEmail: `partners@${p.domain}`,
              contactPhone: "+49 30 1234567",
              contactEmailVerifiedAt: new Date(),
              supportEmail: `support@${p.domain}`,
              supportPhone: "+49 30 7654321",
              supportWebsite: `https://support.${p.domain}`,
              indirectMoveEligibleAt: p.eligibleForIndirect ? new Date() : null,
            },
          });
          partnerIds.set(p.domain, partner.id);
          for (const program of p.programs) {
            await tx.programEnrollment.create({
              data: {
                partnerId: partner.id,
                program,
                status: "APPROVED",
                startedByUserId: users[0].id,
                emailVerifiedAt: new Date(),
                decidedAt: new Date(),
              },
            });
          }
          if (p.agreement) {
            await tx.agreementAcceptance.create({
              data: {
                partnerId: partner.id,
                kind: "PARTNER_AGREEMENT",
                version: AGREEMENT_VERSION,
                acceptedByUserId: users[0].id,
                signerName: users[0].name,
                signerTitle: "Managing Director",
              },
            });
          }
        }
        const customerIds = new Map<string, string>();
        for (const c of CUSTOMERS) {
          const tenant = await tx.tenant.create({
            data: { kind: "CUSTOMER", name: c.name, primaryDomain: c.domain, countryCode: c.country },
          });
          await tx.user.create({
            data: {
              tenantId: tenant.id,
              email: `admin@${c.domain}`,
              name: c.admin,
              agentRole: "NO_AGENT",
              adminRole: "GLOBAL_ADMIN",
              passwordHash: await passwordHash(),
            },
          });
          customerIds.set(c.domain, tenant.id);
        }
        const northwind = partnerIds.get("northwind.example")!;
        const fabrikam = partnerIds.get("fabrikam.example")!;
        await tx.providerResellerRelationship.create({ data: { providerId: northwind, resellerId: fabrikam } });
        const contoso = customerIds.get("contoso.example")!;
        await tx.customerRelationship.create({
          data: { partnerId: fabrikam, customerTenantId: contoso, channel: "INDIRECT", linkedPartnerId: northwind },
        });
        await tx.customerRelationship.create({
          data: { partnerId: northwind, customerTenantId: contoso, channel: "INDIRECT", linkedPartnerId: fabrikam },
        });

        const account = await tx.membershipAccount.create({
          data: { email: "pmc@fabrikam.example", passwordHash: await passwordHash() },
        });
        const profiles = [
          ...PARTNERS.map((p) => ({ pnId: p.pnId, legalName: p.name, countryCode: p.country, active: true })),
          ...EXTRA_PROFILES,
        ];
        for (const profile of profiles) {
          const row = await tx.organizationProfile.create({ data: profile });
          await tx.membershipAccess.create({ data: { accountId: account.id, profileId: row.id } });
        }
        await tx.operator.create({
          data: {
            email: "operator@contoso-cloud.example",
            name: "Olivia Operator",
            passwordHash: await passwordHash(),
          },
        });
      },
      { timeout: 60_000 },
    );
    return "seeded";
  } finally {
    await prisma.$disconnect();
  }
}
