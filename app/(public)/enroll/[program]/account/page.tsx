import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Refusal } from "@/components/ui/refusal";
import { enrollPath, slugOf } from "@/lib/enrollment/programs";
import { refusalParts } from "@/lib/errors";
import { startEnrollmentAction } from "../../actions/start-enrollment";
import { signOutForEnrollmentAction } from "../../actions/sign-out";
import { loadWizard } from "../../_components/load-wizard";
import { linkButton, secondaryLinkButton, WizardFrame } from "../../_components/wizard-frame";
import { Button } from "@/components/ui/button";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("enroll.pageTitle.account");

/**
 * Sign in with the work account's Global admin, or Create one. Signed in: who you are and
 * Continue — or, for anyone who may not enroll the organization, why not and what to do.
 */
export default async function EnrollAccountPage(props: { params: Promise<{ program: string }> }) {
  const { program, user, wizard, t } = await loadWizard(props.params);
  const back = `${enrollPath(program)}?step=welcome`;

  if (!user || !wizard) {
    const callbackUrl = encodeURIComponent(enrollPath(program, "account"));
    return (
      <WizardFrame
        t={t}
        program={program}
        current="account"
        title={t("enroll.account.title")}
        intro={<p>{t("enroll.account.intro")}</p>}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <section aria-labelledby="have-account" className="space-y-3 rounded-md border border-slate-200 p-4">
            <h2 id="have-account" className="font-semibold">
              {t("enroll.account.haveOne")}
            </h2>
            <p className="text-sm text-slate-700">{t("enroll.account.haveOneBody")}</p>
            <Link href={`/sign-in?callbackUrl=${callbackUrl}`} className={linkButton}>
              {t("signIn.submit")}
            </Link>
          </section>
          <section aria-labelledby="no-account" className="space-y-3 rounded-md border border-slate-200 p-4">
            <h2 id="no-account" className="font-semibold">
              {t("enroll.account.noAccount")}
            </h2>
            <p className="text-sm text-slate-700">{t("enroll.account.noAccountBody")}</p>
            <Link href={enrollPath(program, "create-account")} className={secondaryLinkButton}>
              {t("enroll.account.createOne")}
            </Link>
          </section>
        </div>
        <Link href={back} className="text-sm text-brand-700 underline">
          {t("common.back")}
        </Link>
      </WizardFrame>
    );
  }

  if (wizard.step === "submitted") redirect(enrollPath(program, "submitted"));
  const hidden = <input type="hidden" name="program" value={slugOf(program)} />;
  const useAnother = (
    <form action={signOutForEnrollmentAction}>
      {hidden}
      <Button type="submit" variant="link">
        {t("enroll.account.useAnother")}
      </Button>
    </form>
  );
  return (
    <WizardFrame t={t} program={program} current="account" title={t("enroll.account.title")}>
      <p className="text-sm">
        {t("enroll.account.signedInAs", {
          name: wizard.user.name,
          email: wizard.user.email,
          organization: wizard.tenant.name,
        })}
      </p>
      {wizard.refusal ? (
        <>
          <Alert tone="error" title={t("enroll.account.cannotContinue")}>
            <Refusal {...refusalParts(wizard.refusal, t)} />
          </Alert>
          <div className="flex flex-wrap items-center gap-4">
            {useAnother}
            <Link href={enrollPath(program, "create-account")} className="text-sm text-brand-700 underline">
              {t("enroll.account.createOne")}
            </Link>
          </div>
        </>
      ) : (
        <>
          <ActionForm action={startEnrollmentAction} submitLabel={t("common.continue")}>
            {hidden}
          </ActionForm>
          {useAnother}
        </>
      )}
      <Link href={back} className="text-sm text-brand-700 underline">
        {t("common.back")}
      </Link>
    </WizardFrame>
  );
}
