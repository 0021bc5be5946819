import { redirect } from "next/navigation";
import { listMembershipProfiles } from "@/lib/enrollment/list-membership-profiles";
import { enrollPath, slugOf } from "@/lib/enrollment/programs";
import { ruleParts } from "@/lib/errors";
import { titled } from "@/lib/i18n/page-title";
import { countryName } from "@/lib/regions";
import { chooseProfileAction } from "../../actions/choose-profile";
import { signOutMembershipAction } from "../../actions/sign-out-membership";
import { loadSignedInStep } from "../../_components/load-wizard";
import { ProfileChoiceForm } from "../../_components/profile-choice-form";
import { WizardFrame } from "../../_components/wizard-frame";

export const generateMetadata = titled("enroll.pageTitle.profile");

/** Choose the organization profile (PN ID): only active profiles in the tenant's country, not linked elsewhere (R13). */
export default async function OrganizationProfilePage(props: { params: Promise<{ program: string }> }) {
  const { program, user, t, locale } = await loadSignedInStep(props.params, "organization-profile");
  const list = await listMembershipProfiles(user, program);
  if (!list) redirect(enrollPath(program, "partner-network"));
  const tenantCountry = countryName(list.tenantCountryCode, locale);
  const reasonText = (profile: (typeof list.profiles)[number]) => {
    if (!profile.refusal) return null;
    const vars = { pnId: profile.pnId, profileCountry: countryName(profile.countryCode, locale), tenantCountry };
    return ruleParts(t, "R13", `enroll.r13.${profile.refusal}`, vars);
  };
  return (
    <WizardFrame
      t={t}
      program={program}
      current="pnId"
      title={t("enroll.profiles.title")}
      intro={<p>{t("enroll.profiles.intro", { email: list.accountEmail, country: tenantCountry })}</p>}
    >
      <ProfileChoiceForm
        action={chooseProfileAction}
        cancelAction={signOutMembershipAction}
        program={slugOf(program)}
        chosenProfileId={list.chosenProfileId}
        profiles={list.profiles.map((profile) => ({
          id: profile.id,
          pnId: profile.pnId,
          legalName: profile.legalName,
          country: countryName(profile.countryCode, locale),
          status: profile.active ? t("enroll.profiles.active") : t("enroll.profiles.inactive"),
          reason: reasonText(profile),
        }))}
      />
    </WizardFrame>
  );
}
