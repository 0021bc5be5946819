import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { generateTemporaryPassword, hashPassword } from "@/lib/auth/password";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { assertPermission } from "@/lib/authz/assert-permission";
import { reloadActor } from "@/lib/authz/reload-actor";
import { appUrl } from "@/lib/app-url";
import { db, type DbClient } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/errors";
import { enqueueEmail } from "@/lib/email/enqueue-email";
import { wakeEmailWorker } from "@/lib/email/worker";
import { validationError, validationErrorFrom } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";
import { getTransactReadiness } from "@/lib/partners/get-transact-readiness";
import { activeEnrollmentWhere } from "@/lib/partners/list-active-programs";
import { webmailDomainOf } from "@/lib/enrollment/webmail";
import { assertCustomerRules } from "@/lib/customers/customer-relationship-rules";
import { TEMP_PASSWORD_TTL_MS } from "@/lib/users/user-rules";
import { createCustomerSchema, type CreateCustomerInput } from "./customer-input";
import { creationModes, mayCreateCustomers, r5Refusal, r9Refusal } from "./customer-creation";

/** R9 reads the programs as the database has them (not the per-request cache the pages use). */
async function activeProgramsOf(client: DbClient, partnerId: string) {
  const rows = await client.programEnrollment.findMany({
    where: { ...activeEnrollmentWhere, partnerId },
    select: { program: true },
  });
  return rows.map((row) => row.program);
}

/**
 * "Create a customer" (P-customer-request, R9): a new customer tenant with its Global admin, who
 * gets a random temporary password returned once and never stored in clear (R18: changed at first
 * sign-in), and the reseller relationship(s): a direct-bill partner gets one DIRECT_BILL row; an
 * indirect provider names one of its resellers (ACTIVE pair, the reseller ready to transact, R5)
 * and both get an INDIRECT row linked to the other, so the customer is in both lists. Indirect
 * resellers are refused (R9). R1 via assertCustomerRules for every partner that gets a row. One
 * transaction: tenant, user, rows, audit events in every affected tenant, the notice email. The
 * unique primary domain makes concurrent double submits create one customer.
 */
export async function createCustomer(
  requestActor: UserActor,
  unverifiedInput: CreateCustomerInput | Record<string, unknown>,
  locale: Locale,
) {
  assertPermission(requestActor, "customer-request");
  // R9 first: a reseller posting the action learns the rule, not field messages.
  if (!mayCreateCustomers(await activeProgramsOf(db(), requestActor.partnerId!))) throw r9Refusal();
  const parsed = createCustomerSchema.safeParse(unverifiedInput);
  if (!parsed.success) throw validationErrorFrom(parsed.error);
  const input = parsed.data;
  if (webmailDomainOf(input.domain)) throw validationError({ domain: "customers.create.domainWebmail" });

  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  try {
    const created = await db().$transaction(async (tx) => {
      const actor = await reloadActor(tx, requestActor);
      assertPermission(actor, "customer-request");
      const partnerId = actor.partnerId!;
      const modes = creationModes(await activeProgramsOf(tx, partnerId));
      if (!modes.forReseller && !modes.directBill) throw r9Refusal();

      let reseller: { id: string; legalName: string; tenantId: string } | null = null;
      if (input.resellerId) {
        if (!modes.forReseller) throw validationError({ resellerId: "customers.create.resellerUnknown" });
        const pair = await tx.providerResellerRelationship.findFirst({
          where: { providerId: partnerId, resellerId: input.resellerId, status: "ACTIVE" },
          select: { reseller: { select: { id: true, legalName: true, tenantId: true } } },
        });
        if (!pair) throw validationError({ resellerId: "customers.create.resellerUnknown" });
        reseller = pair.reseller;
        const readiness = await getTransactReadiness(reseller.id, tx);
        if (!readiness.ready) throw r5Refusal(reseller.legalName, readiness.missing);
      } else if (!modes.directBill) {
        throw validationError({ resellerId: "customers.create.resellerRequired" }); // R9: a provider names the reseller
      }
      const partnerIds = reseller ? [partnerId, reseller.id] : [partnerId];
      await assertCustomerRules(tx, { partnerIds, customer: { countryCode: input.countryCode } });

      const tenant = await tx.tenant.create({
        data: {
          kind: "CUSTOMER",
          name: input.companyName,
          primaryDomain: input.domain,
          countryCode: input.countryCode,
        },
        select: { id: true, name: true, primaryDomain: true, countryCode: true },
      });
      const admin = await tx.user.create({
        data: {
          tenantId: tenant.id,
          name: input.adminName,
          email: input.adminEmail,
          passwordHash,
          agentRole: "NO_AGENT",
          adminRole: "GLOBAL_ADMIN",
          mustChangePassword: true,
          tempPasswordExpiresAt: new Date(Date.now() + TEMP_PASSWORD_TTL_MS),
          preferredLocale: locale,
        },
        select: { id: true, name: true, email: true },
      });
      const own = await tx.partnerOrganization.findUniqueOrThrow({
        where: { id: partnerId },
        select: { legalName: true, tenantId: true },
      });
      const rows = reseller
        ? [
            { partnerId, tenantId: own.tenantId, channel: "INDIRECT" as const, linkedPartnerId: reseller.id },
            {
              partnerId: reseller.id,
              tenantId: reseller.tenantId,
              channel: "INDIRECT" as const,
              linkedPartnerId: partnerId,
            },
          ]
        : [{ partnerId, tenantId: own.tenantId, channel: "DIRECT_BILL" as const, linkedPartnerId: null }];
      const after = {
        name: tenant.name,
        primaryDomain: tenant.primaryDomain,
        countryCode: tenant.countryCode,
        globalAdmin: admin.email,
        createdBy: own.legalName,
        ...(reseller ? { reseller: reseller.legalName } : {}),
      };
      for (const tenantId of [tenant.id, ...rows.map((row) => row.tenantId)]) {
        // The customer's Global admin is the customer's user: named in its own log only.
        const { globalAdmin, ...partnerView } = after;
        await recordAuditEvent(tx, {
          actor,
          tenantId,
          action: "customer.created",
          target: { type: "tenant", id: tenant.id, label: tenant.primaryDomain },
          after: tenantId === tenant.id ? { ...partnerView, globalAdmin } : partnerView,
        });
      }
      for (const row of rows) {
        const relationship = await tx.customerRelationship.create({
          data: {
            partnerId: row.partnerId,
            customerTenantId: tenant.id,
            channel: row.channel,
            linkedPartnerId: row.linkedPartnerId,
          },
          select: { id: true },
        });
        const partnerName = row.partnerId === partnerId ? own.legalName : reseller!.legalName;
        const change = {
          customer: tenant.primaryDomain,
          partner: partnerName,
          channel: row.channel,
          linkedPartner: row.linkedPartnerId
            ? row.partnerId === partnerId
              ? reseller!.legalName
              : own.legalName
            : null,
        };
        for (const tenantId of [row.tenantId, tenant.id]) {
          await recordAuditEvent(tx, {
            actor,
            tenantId,
            action: "relationship.customer_established",
            target: { type: "customer_relationship", id: relationship.id, label: `${tenant.name} — ${partnerName}` },
            after: change,
          });
        }
      }
      // The new Global admin learns the sign-in name; the temporary password is handed over, never emailed (R18).
      await enqueueEmail(tx, {
        to: admin.email,
        template: "user-added",
        locale,
        tenantId: tenant.id,
        props: {
          userName: admin.name,
          email: admin.email,
          organizationName: tenant.name,
          signInUrl: appUrl("/sign-in"),
        },
      });
      return {
        customer: { id: tenant.id, name: tenant.name, domain: tenant.primaryDomain },
        admin,
        reseller: reseller?.legalName ?? null,
      };
    });
    wakeEmailWorker();
    return { ...created, temporaryPassword, expiresInHours: Math.round(TEMP_PASSWORD_TTL_MS / 3600_000) };
  } catch (error) {
    // The unique indexes decide, also under concurrent submits (named by index: Prisma's message quotes the calling code).
    if (isUniqueViolation(error, "tenants_primary_domain_key"))
      throw validationError({ domain: "customers.create.domainTaken" });
    if (isUniqueViolation(error, "users_email_key"))
      throw validationError({ adminEmail: "customers.create.emailTaken" });
    throw error;
  }
}
