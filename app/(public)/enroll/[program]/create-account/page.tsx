import Link from "next/link";
import { redirect } from "next/navigation";
import { passwordMinimum } from "@/lib/auth/password";
import { enrollPath, slugOf } from "@/lib/enrollment/programs";
import { WorkAccountForm } from "@/components/forms/work-account-form";
import { titled } from "@/lib/i18n/page-title";
import { countryOptions } from "@/lib/regions";
import { createWorkAccountAction } from "../../actions/create-work-account";
import { loadWizard } from "../../_components/load-wizard";
import { WizardFrame } from "../../_components/wizard-frame";

export const generateMetadata = titled("enroll.pageTitle.createAccount");

/** "Create one": a new partner work account (organization, primary domain, country) and its Global admin. */
export default async function CreateAccountPage(props: { params: Promise<{ program: string }> }) {
  const { program, user, t, locale } = await loadWizard(props.params);
  if (user) redirect(enrollPath(program, "account"));
  const countries = countryOptions(locale);
  return (
    <WizardFrame
      t={t}
      program={program}
      current="account"
      title={t("enroll.create.title")}
      intro={<p>{t("enroll.create.intro")}</p>}
    >
      <WorkAccountForm
        action={createWorkAccountAction}
        hidden={{ program: slugOf(program) }}
        countries={[{ value: "", label: t("enroll.field.chooseCountry") }, ...countries]}
        kind="partner"
        passwordMin={passwordMinimum(true)}
      />
      <Link href={enrollPath(program, "account")} className="text-sm text-brand-700 underline">
        {t("common.back")}
      </Link>
    </WizardFrame>
  );
}
