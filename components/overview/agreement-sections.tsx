import { Alert } from "@/components/ui/alert";
import type { FormState } from "@/lib/forms";
import type { Translate } from "@/lib/i18n/translate";
import { PartnerAgreementForm } from "./partner-agreement-form";
import { TransitionAgreementForm } from "./transition-agreement-form";

type Accepted = { version: string; signerName: string; acceptedAt: Date } | null;
type FormAction = (state: FormState, data: FormData) => Promise<FormState>;

/** R5: the Partner Agreement, accepted (who, when, which version) or, for a Global admin, the form to accept it. */
export function PartnerAgreementSection(props: {
  t: Translate;
  date: (value: Date) => string;
  accepted: Accepted;
  currentVersion: string;
  organizationName: string;
  canAccept: boolean;
  signerName: string;
  /** The page's server action that accepts the agreement. */
  action: FormAction;
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
      {!current && props.canAccept && (
        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <h3 className="font-semibold">{t("agreement.formTitle")}</h3>
          <PartnerAgreementForm
            action={props.action}
            version={currentVersion}
            defaultSignerName={props.signerName}
            organizationName={organizationName}
          />
        </div>
      )}
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
