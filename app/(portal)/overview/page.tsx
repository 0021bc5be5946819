import type { Metadata } from "next";
import { Alert } from "@/components/ui/alert";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import type { Translate } from "@/lib/i18n/translate";
import { getLocale, getT } from "@/lib/i18n/server";
import { getOrganizationOverview } from "@/lib/partners/get-organization-overview";
import { listCustomerPartners } from "@/lib/partners/list-customer-partners";
import { countryName, regionOf } from "@/lib/regions";

export const metadata: Metadata = { title: "Overview" };

type Fact = [term: string, value: string];

function Facts({ facts }: { facts: Fact[] }) {
  return (
    <dl className="grid grid-cols-1 gap-x-8 gap-y-3 rounded-lg border border-slate-200 bg-white p-6 sm:grid-cols-2">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt className="text-xs font-semibold text-slate-600 uppercase">{term}</dt>
          <dd className="text-sm">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

const rolesFact = (user: CurrentUser, t: Translate): Fact => [t("overview.yourRoles"), `${t(`role.${user.agentRole}`)}, ${t(`role.${user.adminRole}`)}`];

export default async function OverviewPage() {
  const user = await requireUser();
  const t = await getT();
  const hasRole = user.agentRole !== "NO_AGENT" || user.adminRole !== "NO_ADMIN";

  // A partner user with No agent + No admin sees only a notice of what to ask for (SPEC §2).
  if (!hasRole && user.tenantKind === "PARTNER") {
    return (
      <div className="max-w-3xl space-y-6">
        <h1 className="text-2xl font-semibold">{t("overview.title")}</h1>
        <Alert tone="warning" title={t("overview.noAccessTitle")}>
          {t("overview.noAccessBody", { organization: user.tenantName })}
        </Alert>
      </div>
    );
  }

  const locale = await getLocale();
  const date = (value: Date) => value.toLocaleDateString(locale, { dateStyle: "medium" });

  // A customer's users: their organization and the partners that serve it (tenant-scoped).
  if (user.tenantKind === "CUSTOMER") {
    const partners = await listCustomerPartners(user);
    return (
      <div className="max-w-4xl space-y-8">
        <h1 className="text-2xl font-semibold">{t("overview.customerTitle")}</h1>
        <Facts facts={[[t("overview.organization"), user.tenantName], rolesFact(user, t)]} />
        <section aria-labelledby="partners" className="space-y-2">
          <h2 id="partners" className="text-lg font-semibold">
            {t("overview.customerPartners")}
          </h2>
          {partners.length === 0 ? (
            <p className="text-sm text-slate-700">{t("overview.customerNoPartners")}</p>
          ) : (
            <ul className="list-disc pl-6 text-sm">
              {partners.map((partner) => (
                <li key={partner.id}>
                  {partner.partnerName} ({partner.pnId}) · {date(partner.startedAt)}
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    );
  }

  // P-profile-view decides who sees the program facts (PN ID, legal name, enrollments, the
  // agreement); everyone else in a partner tenant (e.g. a Helpdesk agent) sees the organization's
  // name and their own roles. getOrganizationOverview checks the permission again.
  if (!can(user, "profile-view")) {
    return (
      <div className="max-w-4xl space-y-8">
        <h1 className="text-2xl font-semibold">{t("overview.title")}</h1>
        <Facts facts={[[t("overview.organization"), user.tenantName], rolesFact(user, t)]} />
      </div>
    );
  }

  const org = await getOrganizationOverview(user);
  const facts: Fact[] = [
    [t("overview.organization"), org.partner.legalName],
    [t("overview.domain"), org.primaryDomain],
    [t("overview.country"), countryName(org.countryCode, locale)],
    [t("overview.region"), t(`region.${regionOf(org.countryCode)}`)],
    [t("overview.pnId"), org.partner.pnId],
    rolesFact(user, t),
  ];

  return (
    <div className="max-w-4xl space-y-8">
      <h1 className="text-2xl font-semibold">{t("overview.title")}</h1>
      <Facts facts={facts} />

      <section aria-labelledby="programs" className="space-y-3">
        <h2 id="programs" className="text-lg font-semibold">
          {t("overview.programs")}
        </h2>
        {org.partner.enrollments.length === 0 ? (
          <p className="text-sm text-slate-700">{t("overview.noPrograms")}</p>
        ) : (
          <table className="w-full overflow-hidden rounded-lg border border-slate-200 bg-white text-left text-sm">
            <thead className="bg-slate-100">
              <tr>
                <th scope="col" className="px-4 py-2">{t("overview.program")}</th>
                <th scope="col" className="px-4 py-2">{t("overview.status")}</th>
                <th scope="col" className="px-4 py-2">{t("overview.since")}</th>
              </tr>
            </thead>
            <tbody>
              {org.partner.enrollments.map((enrollment) => (
                <tr key={enrollment.program} className="border-t border-slate-200">
                  <td className="px-4 py-2">{t(`program.${enrollment.program}`)}</td>
                  <td className="px-4 py-2">{t(`enrollment.${enrollment.status}`)}</td>
                  <td className="px-4 py-2">{date(enrollment.decidedAt ?? enrollment.submittedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="agreement" className="space-y-2">
        <h2 id="agreement" className="text-lg font-semibold">
          {t("overview.agreement")}
        </h2>
        {org.agreement && org.agreementCurrent ? (
          <p className="text-sm">{t("overview.agreementAccepted", { version: org.agreement.version, date: date(org.agreement.acceptedAt), name: org.agreement.signerName })}</p>
        ) : (
          <Alert tone="warning" title={t("overview.pendingSteps")}>
            {t("overview.agreementMissing", { version: org.currentAgreementVersion })}
          </Alert>
        )}
        {!org.partner.contactEmailVerifiedAt && <Alert tone="warning">{t("overview.verifyEmail")}</Alert>}
      </section>
    </div>
  );
}
