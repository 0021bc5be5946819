import { streamedPage } from "@/components/shell/streamed-page";
import { getFormatter } from "next-intl/server";
import { PartnerAgreementSection, TransitionSection } from "@/components/overview/agreement-sections";
import { CustomerPartners } from "@/components/overview/customer-partners";
import { MoveOffer } from "@/components/overview/move-offer";
import { PendingSteps } from "@/components/overview/pending-steps";
import { ProgramsSection } from "@/components/overview/programs-section";
import { QuickLinks } from "@/components/overview/quick-links";
import { vendorName } from "@/emails/vendor";
import { Alert } from "@/components/ui/alert";
import { requireUser, type CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import { titled } from "@/lib/i18n/page-title";
import type { Translate } from "@/lib/i18n/translate";
import { getLocale, getT } from "@/lib/i18n/server";
import { getAgreementSteps } from "@/lib/partners/get-agreement-steps";
import { getOrganizationOverview } from "@/lib/partners/get-organization-overview";
import { listActivePrograms } from "@/lib/partners/list-active-programs";
import { listCustomerPartners } from "@/lib/partners/list-customer-partners";
import { listOverviewTasks, listQuickLinks } from "@/lib/overview/overview-tasks";
import { countryName, regionOf } from "@/lib/regions";
import { acceptIndirectResellerAgreementAction } from "./actions/accept-indirect-reseller-agreement";
import { resendContactVerificationAction } from "./actions/resend-contact-verification";

export const generateMetadata = titled("overview.title");

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

const rolesFact = (user: CurrentUser, t: Translate): Fact => [
  t("overview.yourRoles"),
  `${t(`role.${user.agentRole}`)}, ${t(`role.${user.adminRole}`)}`,
];

/** Who is looking, in one muted line under the heading (organization and roles). */
const SignedInAs = ({ user, t }: { user: CurrentUser; t: Translate }) => (
  <p className="text-sm text-slate-700">
    {t("overview.signedInAs", { organization: user.tenantName, roles: rolesFact(user, t)[1] })}
  </p>
);

async function OverviewPage() {
  const user = await requireUser();
  const t = await getT();
  const format = await getFormatter();
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
  const date = (value: Date) => format.dateTime(value, "date");

  // A customer's users: their organization and the partners that serve it (tenant-scoped).
  if (user.tenantKind === "CUSTOMER") {
    const partners = await listCustomerPartners(user);
    return (
      <div className="max-w-4xl space-y-8">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("overview.customerTitle")}</h1>
          <SignedInAs user={user} t={t} />
        </div>
        <CustomerPartners t={t} date={date} partners={partners} />
      </div>
    );
  }

  // Every partner user gets quick links to the pages their roles open (the navigation's items).
  const quickLinks = (
    <QuickLinks
      t={t}
      vendor={vendorName()}
      links={listQuickLinks({ ...user, activePrograms: await listActivePrograms(user) })}
    />
  );

  // P-profile-view decides who sees the program facts (PN ID, legal name, enrollments, the
  // agreement); everyone else in a partner tenant (e.g. a Helpdesk agent) sees who they are and
  // where to go. getOrganizationOverview checks the permission again.
  if (!can(user, "profile-view")) {
    return (
      <div className="max-w-4xl space-y-8">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold">{t("overview.title")}</h1>
          <SignedInAs user={user} t={t} />
        </div>
        {quickLinks}
      </div>
    );
  }

  const [org, steps, activePrograms] = await Promise.all([
    getOrganizationOverview(user),
    getAgreementSteps(user),
    listActivePrograms(user),
  ]);
  const canAccept = can(user, "profile-edit");
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
      <PendingSteps t={t} tasks={listOverviewTasks(user, org, steps)} resendAction={resendContactVerificationAction} />
      {quickLinks}
      <ProgramsSection t={t} date={date} enrollments={org.partner.enrollments} activePrograms={activePrograms} />
      {steps.moveOffered && (
        <MoveOffer
          t={t}
          organizationName={steps.organizationName}
          canEnroll={canAccept}
          globalAdminNames={steps.globalAdminNames}
        />
      )}
      {steps.transition !== "none" && (
        <TransitionSection
          t={t}
          date={date}
          state={steps.transition}
          accepted={steps.transitionAcceptance}
          organizationName={steps.organizationName}
          canAccept={canAccept}
          action={acceptIndirectResellerAgreementAction}
        />
      )}
      <PartnerAgreementSection
        t={t}
        date={date}
        accepted={org.agreement}
        currentVersion={org.currentAgreementVersion}
        organizationName={org.partner.legalName}
        canAccept={canAccept}
      />
    </div>
  );
}

// The layout has checked the session; the tasks and facts stream behind the skeleton.
export default streamedPage(requireUser, OverviewPage);
