import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { vendorName } from "@/emails/vendor";
import { PartnerAgreementAcceptance } from "@/components/overview/agreement-sections";
import { requirePermission } from "@/lib/auth/current-user";
import { can } from "@/lib/authz/permissions";
import type { MessageKey } from "@/lib/i18n/messages/en";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { getAgreementSteps } from "@/lib/partners/get-agreement-steps";
import { getOrganizationOverview } from "@/lib/partners/get-organization-overview";
import { acceptPartnerAgreementAction } from "../actions/accept-partner-agreement";

export const generateMetadata = titled("agreementPage.title");

const SECTIONS = ["s1", "s2", "s3", "s4", "s5", "s6"] as const;

/**
 * R5: the Partner Agreement's text (current version), readable by everyone who sees the program
 * facts (P-profile-view; anyone else gets not found); under it, who accepted it and when, or — for a Global admin
 * (P-profile-edit) — the form to accept it, or who can.
 */
export default async function PartnerAgreementPage() {
  const user = await requirePermission("profile-view");
  const [t, format] = [await getT(), await getFormatter()];
  const [org, steps] = await Promise.all([getOrganizationOverview(user), getAgreementSteps(user)]);
  const values = { vendor: vendorName(), organization: org.partner.legalName };
  const version = org.currentAgreementVersion;
  return (
    <div className="max-w-3xl space-y-6">
      <Link href="/overview" className="text-sm text-brand-700 underline">
        {t("agreementPage.back")}
      </Link>
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("agreementPage.title")}</h1>
        <p className="text-sm text-slate-700">{t("agreementPage.version", { version, ...values })}</p>
      </div>
      <article aria-labelledby="agreement-text" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="agreement-text" className="sr-only">
          {t("agreementPage.title")}
        </h2>
        <p className="text-sm">{t("agreementText.intro", values)}</p>
        {SECTIONS.map((section) => (
          <section key={section} className="space-y-1">
            <h3 className="font-semibold">{t(`agreementText.${section}.title` as MessageKey)}</h3>
            <p className="text-sm">{t(`agreementText.${section}.body` as MessageKey, values)}</p>
          </section>
        ))}
      </article>
      {org.agreementCurrent && org.agreement ? (
        <p className="text-sm" data-testid="agreement-accepted">
          {t("overview.agreementAccepted", {
            version: org.agreement.version,
            date: format.dateTime(org.agreement.acceptedAt, "date"),
            name: org.agreement.signerName,
          })}
        </p>
      ) : can(user, "profile-edit") ? (
        <PartnerAgreementAcceptance
          t={t}
          version={version}
          organizationName={org.partner.legalName}
          signerName={user.name}
          action={acceptPartnerAgreementAction}
        />
      ) : (
        <p className="text-sm">
          {steps.globalAdminNames.length
            ? t("agreement.whoCanAccept", { names: steps.globalAdminNames.join(", ") })
            : t("agreement.whoCanAcceptAny")}
        </p>
      )}
    </div>
  );
}
