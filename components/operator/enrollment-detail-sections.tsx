import { useFormatter } from "next-intl";
import type { EnrollmentDetail } from "@/lib/enrollment/get-enrollment-detail";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/lib/regions";
import { FactSection } from "./fact-list";

type Props = { t: Translate; locale: string; detail: EnrollmentDetail };

/** Everything the partner submitted: legal profile, primary contact (R12), support, PN ID and membership profile (R13), tenant, enrolling user. */
export function EnrollmentDetailSections({ t, locale, detail }: Props) {
  const { partner, startedBy: user, membershipProfile: profile } = detail;
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, "dateTime");
  const orNone = (value: string | null) => value || t("review.notGiven");
  const address = [partner.addressLine1, partner.addressLine2, `${partner.postalCode} ${partner.city}`]
    .filter(Boolean)
    .join(", ");
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <FactSection
        id="legal"
        title={t("review.sectionLegal")}
        facts={[
          [t("review.legalName"), partner.legalName],
          [t("review.address"), address],
          [t("review.country"), countryName(partner.countryCode, locale)],
        ]}
      />
      <FactSection
        id="contact"
        title={t("review.sectionContact")}
        facts={[
          [t("review.name"), partner.contactName],
          [t("review.email"), partner.contactEmail],
          [t("review.phone"), partner.contactPhone],
          [
            t("review.verification"),
            <>
              {partner.contactEmailVerifiedAt
                ? t("review.emailVerified", { date: date(partner.contactEmailVerifiedAt) })
                : t("review.emailNotVerified")}
              {partner.pendingContactEmail && (
                <span className="block text-slate-700">
                  {t("review.pendingEmail", { email: partner.pendingContactEmail })}
                </span>
              )}
            </>,
          ],
        ]}
      />
      <FactSection
        id="support"
        title={t("review.sectionSupport")}
        facts={[
          [t("review.email"), partner.supportEmail],
          [t("review.phone"), orNone(partner.supportPhone)],
          [t("review.website"), orNone(partner.supportWebsite)],
        ]}
      />
      <FactSection
        id="membership"
        title={t("review.sectionMembership")}
        facts={[
          [t("review.pnId"), partner.pnId],
          ...(profile
            ? ([
                [t("review.profileName"), profile.legalName],
                [t("review.country"), countryName(profile.countryCode, locale)],
                [t("review.profileState"), t(profile.active ? "review.profileActive" : "review.profileInactive")],
              ] as [string, string][])
            : []),
        ]}
      >
        {!profile && <p className="mt-2 text-sm text-amber-900">{t("review.profileMissing")}</p>}
        {profile && !detail.membershipProfileMatches && (
          <p className="mt-2 text-sm text-amber-900">{t("review.profileMismatch")}</p>
        )}
      </FactSection>
      <FactSection
        id="tenant"
        title={t("review.sectionTenant")}
        facts={[
          [t("review.tenantName"), partner.tenant.name],
          [t("review.domain"), partner.tenant.primaryDomain],
          [t("review.country"), countryName(partner.tenant.countryCode, locale)],
          [t("review.created"), date(partner.tenant.createdAt)],
        ]}
      />
      <FactSection
        id="enrolling-user"
        title={t("review.sectionUser")}
        facts={
          user
            ? [
                [t("review.name"), user.name],
                [t("review.email"), user.email],
                [t("review.roles"), `${t(`role.${user.agentRole}`)}, ${t(`role.${user.adminRole}`)}`],
                [t("review.userStatus"), t(user.status === "ACTIVE" ? "users.status.ACTIVE" : "users.status.DISABLED")],
              ]
            : []
        }
      >
        {!user && <p className="text-sm text-slate-700">{t("review.noEnrollingUser")}</p>}
      </FactSection>
    </div>
  );
}
