import { Alert } from "@/components/ui/alert";
import type { Translate } from "@/lib/i18n/translate";

type Props = {
  t: Translate;
  emailUnverified: boolean;
  agreementMissing: string | null;
  transitionPending: boolean;
  /** Whether the viewer may accept agreements (P-profile-edit); otherwise they are told who can. */
  canAccept: boolean;
  globalAdminNames: string[];
};

/** The Overview's pending steps (SPEC §4): verify the email, accept the Partner Agreement (R5), the R14 agreement. */
export function PendingSteps({
  t,
  emailUnverified,
  agreementMissing,
  transitionPending,
  canAccept,
  globalAdminNames,
}: Props) {
  if (!emailUnverified && !agreementMissing && !transitionPending) return null;
  const whoCan = (key: "agreement.whoCanAccept" | "transition.whoCanAccept") =>
    canAccept
      ? null
      : globalAdminNames.length
        ? t(key, { names: globalAdminNames.join(", ") })
        : t("agreement.whoCanAcceptAny");
  return (
    <Alert tone="warning" title={t("overview.pendingSteps")}>
      <ul className="list-disc space-y-1 pl-5">
        {emailUnverified && <li>{t("overview.verifyEmail")}</li>}
        {agreementMissing && (
          <li>
            {agreementMissing} {whoCan("agreement.whoCanAccept")}
          </li>
        )}
        {transitionPending && (
          <li>
            {t("transition.pendingStep")} {whoCan("transition.whoCanAccept")}
          </li>
        )}
      </ul>
    </Alert>
  );
}
