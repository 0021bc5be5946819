import { slugOf } from "@/lib/enrollment/programs";
import { titled } from "@/lib/i18n/page-title";
import { countryName, countryOptions } from "@/lib/regions";
import { saveAndGoBackAction } from "../../actions/save-enrollment-draft";
import { submitEnrollmentAction } from "../../actions/submit-enrollment";
import { DetailsForm } from "../../_components/details-form";
import { loadSignedInStep } from "../../_components/load-wizard";
import { WizardFrame } from "../../_components/wizard-frame";

export const generateMetadata = titled("enroll.pageTitle.details");

/**
 * Legal business profile, primary contact, support details → Enroll now. Prefilled from the
 * draft (what was typed before), the chosen profile and the signed-in admin; an organization
 * enrolled in another program (or moving from direct bill, R14) reviews its existing details
 * and gives only the missing ones.
 */
export default async function DetailsPage(props: { params: Promise<{ program: string }> }) {
  const { program, wizard, t, locale } = await loadSignedInStep(props.params, "details");
  const { partner, tenant, user } = wizard;
  const draft = wizard.draft?.details ?? {};
  const defaults: Record<string, string> = partner
    ? {
        supportEmail: draft.supportEmail ?? partner.supportEmail,
        supportPhone: draft.supportPhone ?? partner.supportPhone ?? "",
        supportWebsite: draft.supportWebsite ?? partner.supportWebsite ?? "",
      }
    : {
        countryCode: tenant.countryCode,
        contactName: user.name,
        contactEmail: user.email,
        ...draft,
        legalName: draft.legalName ?? wizard.draft?.profile?.legalName ?? tenant.name,
      };
  // R13: the legal address is in the tenant's country (Enroll now checks it again).
  const countries = countryOptions(locale).filter((option) => option.value === tenant.countryCode);
  const address =
    partner &&
    [
      partner.addressLine1,
      partner.addressLine2,
      `${partner.postalCode} ${partner.city}`,
      countryName(partner.countryCode, locale),
    ]
      .filter(Boolean)
      .join(", ");
  const intro = partner
    ? t(wizard.transition ? "enroll.details.introTransition" : "enroll.details.introExisting")
    : t("enroll.details.intro");
  return (
    <WizardFrame t={t} program={program} current="details" title={t("enroll.details.title")} intro={<p>{intro}</p>}>
      {partner ? (
        <section aria-labelledby="existing-profile" className="space-y-2">
          <h2 id="existing-profile" className="text-lg font-semibold">
            {t("enroll.details.existingTitle")}
          </h2>
          <dl className="grid gap-x-6 gap-y-2 rounded-md border border-slate-200 p-4 text-sm sm:grid-cols-2">
            {[
              [t("enroll.details.pnId"), partner.pnId],
              [t("enroll.details.legalName"), partner.legalName],
              [t("enroll.details.address"), address],
              [
                t("enroll.details.primaryContact"),
                `${partner.contactName}, ${partner.contactEmail}, ${partner.contactPhone}`,
              ],
            ].map(([term, value]) => (
              <div key={term}>
                <dt className="text-xs font-semibold text-slate-600 uppercase">{term}</dt>
                <dd>{value}</dd>
              </div>
            ))}
          </dl>
          <p className="text-sm text-slate-700">{t("enroll.details.changeInProfile")}</p>
        </section>
      ) : (
        wizard.draft?.profile && (
          <p className="text-sm">
            {t("enroll.details.linkedPnId", { pnId: wizard.draft.profile.pnId, name: wizard.draft.profile.legalName })}
          </p>
        )
      )}
      <DetailsForm
        action={submitEnrollmentAction}
        backAction={saveAndGoBackAction}
        program={slugOf(program)}
        back={partner ? "account" : "organization-profile"}
        askLegalProfile={!partner}
        transition={wizard.transition}
        defaults={defaults}
        countries={[{ value: "", label: t("enroll.field.chooseCountry") }, ...countries]}
      />
    </WizardFrame>
  );
}
