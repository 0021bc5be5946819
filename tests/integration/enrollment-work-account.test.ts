// "Create one": a new partner work account (tenant + its Global admin + the enrolling draft) in
// one transaction, with normalized unique domain and email, the admin password policy, and the
// new user as Global admin + Admin agent (SPEC §2). Then the normal sign-in works with it.
import { describe, expect, it } from "vitest";
import { authenticateUser } from "@/lib/auth/authenticate";
import { createWorkAccount } from "@/lib/enrollment/create-work-account";
import { getEnrollmentWizard } from "@/lib/enrollment/get-enrollment-wizard";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createTenant, createUser, unique } from "../helpers/factories";
import { refusalOf } from "./enrollment-fixtures";

const PASSWORD = "a long admin passphrase 2026";

function accountInput(overrides: Record<string, string> = {}) {
  const domain = `new-${unique()}.example`;
  return {
    organizationName: "Proseware Inc",
    domain,
    countryCode: "DE",
    adminName: "Alex Admin",
    email: `alex@${domain}`,
    password: PASSWORD,
    confirmPassword: PASSWORD,
    ...overrides,
  };
}

const ip = () => `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("Create one (work account)", () => {
  it("§2 creates a PARTNER tenant, its Global admin + Admin agent and the draft, audited; the user can sign in", async () => {
    const input = accountInput({ domain: "", email: "" });
    const domain = `Mixed-${unique()}.Example.`;
    const created = await createWorkAccount(
      { ...input, domain: `  ${domain} `, email: ` Alex@${domain.slice(0, -1).toUpperCase()} ` },
      "INDIRECT_PROVIDER",
      { locale: "de", ip: ip() },
    );
    const normalized = domain.toLowerCase().replace(/\.$/, "");
    const tenant = await testDb().tenant.findUniqueOrThrow({
      where: { id: created.tenantId },
      include: { users: true, enrollmentDrafts: true },
    });
    expect(tenant).toMatchObject({
      kind: "PARTNER",
      name: "Proseware Inc",
      primaryDomain: normalized,
      countryCode: "DE",
    });
    expect(tenant.users).toEqual([
      expect.objectContaining({
        email: `alex@${normalized}`,
        adminRole: "GLOBAL_ADMIN",
        agentRole: "ADMIN_AGENT",
        mustChangePassword: false,
        preferredLocale: "de",
      }),
    ]);
    expect(tenant.enrollmentDrafts.map((d) => d.program)).toEqual(["INDIRECT_PROVIDER"]);
    expect(await testDb().auditEvent.count({ where: { tenantId: tenant.id, action: "tenant.created" } })).toBe(1);
    expect(
      (await authenticateUser({ email: `alex@${normalized}`, password: PASSWORD }, { ip: ip(), userAgent: "vitest" }))
        .ok,
    ).toBe(true);
    const { actor } = await signInAs(`alex@${normalized}`, PASSWORD);
    expect((await getEnrollmentWizard(actor, "INDIRECT_PROVIDER")).step).toBe("partner-network");
  });

  it("the primary domain is unique across the directory (any letter case) and the email must be on it", async () => {
    const first = accountInput();
    await createWorkAccount(first, "DIRECT_BILL", { locale: "en", ip: ip() });
    const taken = await refusalOf(
      createWorkAccount(
        { ...accountInput(), domain: first.domain.toUpperCase(), email: `other@${first.domain}` },
        "DIRECT_BILL",
        { locale: "en", ip: ip() },
      ),
    );
    expect(taken.details.fieldErrors).toEqual({ domain: "enroll.account.domainTaken" });
    const offDomain = await refusalOf(
      createWorkAccount(accountInput({ email: "alex@elsewhere.example" }), "DIRECT_BILL", { locale: "en", ip: ip() }),
    );
    expect(offDomain.details.fieldErrors).toEqual({ email: "enroll.account.emailDomain" });
    const webmail = await refusalOf(
      createWorkAccount(accountInput({ domain: "gmail.com", email: "alex@gmail.com" }), "DIRECT_BILL", {
        locale: "en",
        ip: ip(),
      }),
    );
    expect(webmail.details.fieldErrors).toEqual({ domain: "enroll.account.domainWebmail" });
  });

  it("R17 an email already used elsewhere in the directory is reported on the email field, not the domain", async () => {
    const input = accountInput();
    const other = await createTenant();
    await createUser({ tenantId: other.id, email: input.email });
    const taken = await refusalOf(createWorkAccount(input, "DIRECT_BILL", { locale: "en", ip: ip() }));
    expect(taken.details.fieldErrors).toEqual({ email: "enroll.account.emailTaken" });
    expect(await testDb().tenant.count({ where: { primaryDomain: input.domain } })).toBe(0);
  });

  it("the admin password policy applies (at least 15 characters, not common), and both passwords must match", async () => {
    const short = await refusalOf(
      createWorkAccount(accountInput({ password: "short pass 12", confirmPassword: "short pass 12" }), "DIRECT_BILL", {
        locale: "en",
        ip: ip(),
      }),
    );
    expect(short.details.fieldErrors).toEqual({ password: "password.too_short" });
    const mismatch = await refusalOf(
      createWorkAccount(accountInput({ confirmPassword: `${PASSWORD}!` }), "DIRECT_BILL", { locale: "en", ip: ip() }),
    );
    expect(mismatch.details.fieldErrors).toEqual({ confirmPassword: "password.mismatch" });
  });

  it("bad input gets field messages and creates nothing: unknown fields, control characters, an invalid domain or country", async () => {
    const before = await testDb().tenant.count();
    const error = await refusalOf(
      createWorkAccount(
        {
          ...accountInput({ organizationName: "Bad\u0007Name", domain: "not a domain", countryCode: "XX" }),
          kind: "CUSTOMER",
        },
        "DIRECT_BILL",
        { locale: "en", ip: ip() },
      ),
    );
    expect(error.code).toBe("VALIDATION");
    const fixed = await refusalOf(
      createWorkAccount(
        accountInput({ organizationName: "Bad\u0007Name", domain: "not a domain", countryCode: "XX" }),
        "DIRECT_BILL",
        { locale: "en", ip: ip() },
      ),
    );
    expect(fixed.details.fieldErrors).toMatchObject({
      organizationName: "enroll.field.controlCharacters",
      domain: "enroll.account.domainInvalid",
      countryCode: "enroll.field.countryInvalid",
    });
    expect(await testDb().tenant.count()).toBe(before);
  });
});
