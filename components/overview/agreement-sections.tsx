import Link from "next/link";
import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/forms";
import type { Translate } from "@/lib/i18n/translate";
import { PartnerAgreementForm } from "./partner-agreement-form";
import { TransitionAgreementForm } from "./transition-agreement-form";

type Accepted = { version: string; signerName: string; acceptedAt: Date } | null;
type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

/**
 * R5 on the Overview: the Partner Agreement, accepted (who, when, which version) or not yet, and the
 * link to its text (/overview/partner-agreement), where a Global admin accepts it.
 */
export function PartnerAgreementSection(props: {
  t: Translate;
  date: (value: Date) => string;
  accepted: Accepted;
  currentVersion: string;
  organizationName: string;
  canAccept: boolean;
}) {
  const { t, accepted, currentVersion, organizationName } = props;
  const current = accepted?.version === currentVersion;
  return (
    <section aria-labelledby="agreement" className="space-y-3">
      <h2 id="agreement" className="text-lg font-semibold">
        {t("overview.agreement")}
      </h2>
      {accepted && current ? (
        <p className="text-sm">
          {t("overview.agreementAccepted", {
            version: accepted.version,
            date: props.date(accepted.acceptedAt),
            name: accepted.signerName,
          })}
        </p>
      ) : (
        <p className="text-sm">{t("agreement.summary", { version: currentVersion, organization: organizationName })}</p>
      )}
      <Link href="/overview/partner-agreement" className="inline-block text-sm font-medium text-brand-700 underline">
        {t(!current && props.canAccept ? "overview.task.readAndAccept" : "overview.task.read")}
      </Link>
    </section>
  );
}

/** R5 under the agreement's text: a Global admin's form to accept the current version. */
export function PartnerAgreementAcceptance(props: {
  t: Translate;
  version: string;
  organizationName: string;
  signerName: string;
  /** The page's server action that accepts the agreement. */
  action: FormAction;
}) {
  return (
    <section aria-labelledby="accept-agreement" className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="accept-agreement" className="font-semibold">
        {props.t("agreement.formTitle")}
      </h2>
      <PartnerAgreementForm
        action={props.action}
        version={props.version}
        defaultSignerName={props.signerName}
        organizationName={props.organizationName}
      />
    </section>
  );
}

/** R14 after approval: the indirect reseller agreement with "Accept and continue" (Global admins), or when and by whom it was accepted. */
export function TransitionSection(props: {
  t: Translate;
  date: (value: Date) => string;
  state: "pending" | "accepted";
  accepted: { signerName: string; acceptedAt: Date } | null;
  organizationName: string;
  canAccept: boolean;
  /** The page's server action that accepts the indirect reseller agreement. */
  action: FormAction;
}) {
  const { t } = props;
  return (
    <section aria-labelledby="transition" className="space-y-3">
      <h2 id="transition" className="text-lg font-semibold">
        {t("transition.title")}
      </h2>
      {props.state === "accepted" && props.accepted ? (
        <p className="text-sm">
          {t("transition.acceptedOn", { date: props.date(props.accepted.acceptedAt), name: props.accepted.signerName })}
        </p>
      ) : (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 text-sm">
          <p>{t("transition.intro")}</p>
          <p>{t("transition.terms")}</p>
          <Alert tone="warning">{t("transition.noRollback")}</Alert>
          {props.canAccept && (
            <TransitionAgreementForm action={props.action} organizationName={props.organizationName} />
          )}
        </div>
      )}
    </section>
  );
}
