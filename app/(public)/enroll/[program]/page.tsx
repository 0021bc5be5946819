import Link from "next/link";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { enrollPath } from "@/lib/enrollment/programs";
import { vendorName } from "@/emails/layout";
import { redirectFor, loadWizard } from "../_components/load-wizard";
import { linkButton, WizardFrame } from "../_components/wizard-frame";
import { titled } from "@/lib/i18n/page-title";

export const generateMetadata = titled("enroll.pageTitle.welcome");

const BEFORE_YOU_BEGIN = ["workAccount", "membership", "details"] as const;
const TRANSITION_STEPS = ["current", "globalAdmin", "review"] as const;

/**
 * Welcome: what you need ("Before you begin") → Next. A signed-in Global admin with a
 * half-finished enrollment continues where they left off (unless they came Back here).
 */
export default async function EnrollWelcomePage(props: {
  params: Promise<{ program: string }>;
  searchParams: Promise<{ step?: string }>;
}) {
  const { program, wizard, t } = await loadWizard(props.params);
  const { step } = await props.searchParams;
  if (wizard && step !== "welcome" && (wizard.draft || wizard.step === "submitted")) {
    redirect(enrollPath(program, redirectFor(wizard, wizard.step) ?? wizard.step));
  }
  const vendor = vendorName();

  // R14: an eligible direct-bill partner's Global admin moves to indirect reseller with its existing tenant.
  if (wizard?.transition && !wizard.refusal) {
    return (
      <WizardFrame
        t={t}
        program={program}
        current="welcome"
        title={t("enroll.transition.title")}
        intro={<p>{t("enroll.transition.intro", { organization: wizard.partner!.legalName })}</p>}
      >
        <ol className="list-decimal space-y-2 pl-6 text-sm">
          {TRANSITION_STEPS.map((item) => (
            <li key={item}>{t(`enroll.transition.step.${item}`)}</li>
          ))}
        </ol>
        <Alert tone="warning" title={t("enroll.transition.noRollbackTitle")}>
          {t("enroll.transition.noRollback")}
        </Alert>
        <Link href={enrollPath(program, "account")} className={linkButton}>
          {t("common.next")}
        </Link>
      </WizardFrame>
    );
  }

  return (
    <WizardFrame
      t={t}
      program={program}
      current="welcome"
      title={t("enroll.welcome.title")}
      intro={<p>{t(`enroll.programIntro.${program}`)}</p>}
    >
      <section aria-labelledby="before-you-begin" className="space-y-3">
        <h2 id="before-you-begin" className="text-lg font-semibold">
          {t("enroll.welcome.beforeYouBegin")}
        </h2>
        <p className="text-sm">{t("enroll.welcome.gather")}</p>
        <ul className="space-y-3">
          {BEFORE_YOU_BEGIN.map((item) => (
            <li key={item} className="rounded-md border border-slate-200 p-3 text-sm">
              <p className="font-semibold">{t(`enroll.welcome.${item}.title`)}</p>
              <p className="mt-1 text-slate-700">{t(`enroll.welcome.${item}.body`, { vendor })}</p>
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{t("enroll.welcome.reviewTime")}</p>
      </section>
      <div className="flex flex-wrap items-center gap-4">
        <Link href={enrollPath(program, "account")} className={linkButton}>
          {t("common.next")}
        </Link>
        <Link href="/enroll" className="text-sm text-brand-700 underline">
          {t("enroll.welcome.otherProgram")}
        </Link>
      </div>
    </WizardFrame>
  );
}
