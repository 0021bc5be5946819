import { getFormatter } from "next-intl/server";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import type { ContactEmailState } from "@/components/partner-profile/contact-email-status";
import { ProfileDetails } from "@/components/partner-profile/profile-details";
import { ProfileForm } from "@/components/partner-profile/profile-form";
import { ProgramInfo } from "@/components/partner-profile/program-info";
import { requirePermission } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { getPartnerProfile } from "@/lib/partners/get-partner-profile";
import { countryName, countryOptions } from "@/lib/regions";
import { updatePartnerProfileAction } from "./actions/update-partner-profile";

export const generateMetadata = titled("profile.title");

/** Settings → Partner profile with Program info (P-profile-view; the form for P-profile-edit). */
export default async function PartnerProfilePage() {
  const user = await requirePermission("profile-view");
  const view = await getPartnerProfile(user).catch((error: unknown) => {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const [t, locale] = [await getT(), await getLocale()];
  const format = await getFormatter();
  const formatDate = (date: Date) => format.dateTime(date, "dateTime");
  const { profile } = view;
  const contactEmail: ContactEmailState = {
    verifiedText: profile.contactEmailVerifiedAt
      ? t("profile.emailVerified", { date: formatDate(profile.contactEmailVerifiedAt) })
      : t("profile.emailNotVerified"),
    pendingLabel: t("profile.pendingLabel"),
    pendingText: profile.pendingContactEmail ? t("profile.pendingEmail", { email: profile.pendingContactEmail }) : null,
  };
  const countryLabel = countryName(profile.countryCode, locale);

  return (
    <div className="max-w-4xl space-y-8">
      <div>
        <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
        <p className="mt-1 text-sm text-slate-700">{t("profile.intro")}</p>
      </div>
      {!view.canEdit && <Alert tone="info">{t("profile.readOnly")}</Alert>}

      <section aria-labelledby="organization" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="organization" className="text-lg font-semibold">
          {t("profile.organization")}
        </h2>
        <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-semibold">{t("profile.organizationName")}</dt>
          <dd>{view.organizationName}</dd>
          <dt className="font-semibold">{t("profile.pnId")}</dt>
          <dd>
            <span data-testid="pn-id">{profile.pnId}</span>
            <span className="block text-xs text-slate-600">{t("profile.pnIdHint")}</span>
          </dd>
        </dl>
      </section>

      {view.canEdit ? (
        <ProfileForm
          action={updatePartnerProfileAction}
          initial={{
            legalName: profile.legalName,
            addressLine1: profile.addressLine1,
            addressLine2: profile.addressLine2 ?? "",
            city: profile.city,
            postalCode: profile.postalCode,
            countryCode: profile.countryCode,
            contactName: profile.contactName,
            contactEmail: profile.contactEmail,
            contactPhone: profile.contactPhone,
            supportEmail: profile.supportEmail,
            supportPhone: profile.supportPhone ?? "",
            supportWebsite: profile.supportWebsite ?? "",
          }}
          // R13: the legal country stays the current one or becomes the tenant's (the update checks it).
          countries={countryOptions(locale).filter((option) =>
            [profile.countryCode, view.tenantCountryCode].includes(option.value),
          )}
          tenantCountry={countryName(view.tenantCountryCode, locale)}
          contactEmail={contactEmail}
        />
      ) : (
        <ProfileDetails view={view} t={t} countryLabel={countryLabel} contactEmail={contactEmail} />
      )}

      <ProgramInfo programs={view.programs} agreements={view.agreements} t={t} formatDate={formatDate} />
    </div>
  );
}
