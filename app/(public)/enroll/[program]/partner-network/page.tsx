import Link from "next/link";
import { enrollPath, slugOf } from "@/lib/enrollment/programs";
import { vendorName } from "@/emails/layout";
import { signInMembershipAction } from "../../actions/sign-in-membership";
import { loadSignedInStep } from "../../_components/load-wizard";
import { MembershipSignInForm } from "../../_components/membership-sign-in-form";
import { WizardFrame } from "../../_components/wizard-frame";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("enroll.pageTitle.pnId");

/** The PN ID explanation and the partner membership directory's own sign-in. */
export default async function PartnerNetworkPage(props: { params: Promise<{ program: string }> }) {
  const { program, wizard, t } = await loadSignedInStep(props.params, "partner-network");
  const vendor = vendorName();
  return (
    <WizardFrame t={t} program={program} current="pnId" title={t("enroll.pnId.title")}>
      <div className="space-y-2 text-sm">
        <p>{t("enroll.pnId.explanation", { vendor })}</p>
        <p>{t("enroll.pnId.countryNote", { organization: wizard.tenant.name })}</p>
      </div>
      <section aria-labelledby="membership-sign-in" className="space-y-3 rounded-md border border-slate-200 p-4">
        <h2 id="membership-sign-in" className="font-semibold">
          {t("enroll.membership.title")}
        </h2>
        <p className="text-sm text-slate-700">{t("enroll.membership.intro")}</p>
        <MembershipSignInForm action={signInMembershipAction} program={slugOf(program)} />
      </section>
      <Link href={enrollPath(program, "account")} className="text-sm text-brand-700 underline">
        {t("common.back")}
      </Link>
    </WizardFrame>
  );
}
