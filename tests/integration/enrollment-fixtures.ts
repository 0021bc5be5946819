// Test data for the enrollment tests: partner tenants without an organization yet, membership
// directory accounts with organization profiles (unique PN IDs), and valid form input.
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createTenant, createUser, passwordHashOf, TEST_PASSWORD, unique } from "../helpers/factories";

export type Refusal = {
  code: string;
  message: string;
  messageKey: string;
  details: { rule?: string; fieldErrors?: Record<string, string> };
};

export async function refusalOf(promise: Promise<unknown>): Promise<Refusal> {
  try {
    await promise;
  } catch (error) {
    return error as Refusal;
  }
  throw new Error("expected a refusal");
}

/** A partner work account that hasn't enrolled yet, with its Global admin signed in. */
export async function newPartnerTenant(
  input: { countryCode?: string; adminRole?: "GLOBAL_ADMIN" | "NO_ADMIN"; kind?: "PARTNER" | "CUSTOMER" } = {},
) {
  const tenant = await createTenant({
    kind: input.kind ?? "PARTNER",
    countryCode: input.countryCode ?? "DE",
    name: `Enrolling ${unique()}`,
  });
  const user = await createUser({
    tenantId: tenant.id,
    agentRole: "ADMIN_AGENT",
    adminRole: input.adminRole ?? "GLOBAL_ADMIN",
    email: `admin-${unique()}@${tenant.primaryDomain}`,
  });
  const { actor } = await signInAs(user.email);
  return { tenant, user, actor };
}

/** An enrolled partner's Global admin, signed in (e.g. a direct-bill partner for R14). */
export async function enrolledPartner(input: Parameters<typeof createPartner>[0] & { eligible?: boolean } = {}) {
  const { eligible, ...rest } = input;
  const created = await createPartner(rest);
  if (eligible)
    await testDb().partnerOrganization.update({
      where: { id: created.partner.id },
      data: { indirectMoveEligibleAt: new Date() },
    });
  const { actor } = await signInAs(created.admin!.email);
  return { ...created, actor };
}

type ProfileSpec = { countryCode?: string; active?: boolean; legalName?: string };

/** A membership directory account (password TEST_PASSWORD) with access to the given profiles. */
export async function createMembership(specs: ProfileSpec[] = [{}]) {
  const account = await testDb().membershipAccount.create({
    data: { email: `pmc-${unique()}@membership.example`, passwordHash: await passwordHashOf(TEST_PASSWORD) },
  });
  const profiles = [];
  for (const spec of specs) {
    const profile = await testDb().organizationProfile.create({
      data: {
        pnId: `9${Date.now().toString().slice(-7)}${unique().slice(0, 4)}`.slice(0, 20),
        legalName: spec.legalName ?? `Profile ${unique()} GmbH`,
        countryCode: spec.countryCode ?? "DE",
        active: spec.active ?? true,
      },
    });
    await testDb().membershipAccess.create({ data: { accountId: account.id, profileId: profile.id } });
    profiles.push(profile);
  }
  return { account, email: account.email, password: TEST_PASSWORD, profiles };
}

export const meta = () => ({
  ip: `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
});

/** A complete, valid details form for a new partner in `countryCode`. */
export function validDetails(domain: string, countryCode = "DE", overrides: Record<string, string> = {}) {
  return {
    legalName: "Proseware Test GmbH",
    addressLine1: "Hauptstraße 1",
    addressLine2: "",
    city: "Berlin",
    postalCode: "10115",
    countryCode,
    contactName: "Pat Primary",
    contactEmail: `pat@${domain}`,
    contactPhone: "+49 30 1234567",
    supportEmail: `support@${domain}`,
    supportPhone: "+49 30 7654321",
    supportWebsite: `https://support.${domain}`,
    ...overrides,
  };
}
