import Link from "next/link";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { FormState } from "@/lib/form-state";
import type { Translate } from "@/lib/i18n/translate";
import type { OverviewTask } from "@/lib/overview/overview-tasks";

type Props = {
  t: Translate;
  tasks: OverviewTask[];
  /** The page's server action that sends the primary contact a new verification link. */
  resendAction: (state: FormState, data: FormData) => Promise<FormState>;
};

/**
 * The Overview's pending steps (SPEC §4) as a task list: each says what is missing and offers what
 * the viewer can do — a button (resend the verification email) or a link (read and accept the
 * Partner Agreement, review the R14 agreement) — or names who can.
 */
export function PendingSteps({ t, tasks, resendAction }: Props) {
  if (tasks.length === 0) return null;
  const whoCan = (names: string[], key: "agreement.whoCanAccept" | "transition.whoCanAccept") =>
    names.length ? t(key, { names: names.join(", ") }) : t("agreement.whoCanAcceptAny");
  return (
    <Alert tone="warning" title={t("overview.pendingSteps")}>
      <ul className="mt-2 space-y-4">
        {tasks.map((task) => (
          <li key={task.id} className="space-y-2" data-testid={`task-${task.id}`}>
            {task.id === "verifyEmail" && (
              <>
                <p>{t("overview.task.verifyEmail", { email: task.email })}</p>
                {task.action === "resend" ? (
                  <ActionForm
                    action={resendAction}
                    submitLabel={t("overview.task.resend")}
                    variant="secondary"
                    className="space-y-2"
                  />
                ) : (
                  task.action === "profile" && (
                    <Button asChild variant="secondary" size="sm">
                      <Link href="/settings/partner-profile">{t("overview.task.openProfile")}</Link>
                    </Button>
                  )
                )}
              </>
            )}
            {task.id === "acceptAgreement" && (
              <>
                <p>
                  {t("overview.agreementMissing", { version: task.version })}{" "}
                  {!task.canAccept && whoCan(task.globalAdminNames, "agreement.whoCanAccept")}
                </p>
                <Button asChild variant={task.canAccept ? "primary" : "secondary"} size="sm">
                  <Link href="/overview/partner-agreement">
                    {t(task.canAccept ? "overview.task.readAndAccept" : "overview.task.read")}
                  </Link>
                </Button>
              </>
            )}
            {task.id === "acceptTransition" && (
              <>
                <p>
                  {t("transition.pendingStep")}{" "}
                  {!task.canAccept && whoCan(task.globalAdminNames, "transition.whoCanAccept")}
                </p>
                {task.canAccept && (
                  <Button asChild size="sm">
                    <Link href="#transition">{t("overview.task.reviewTransition")}</Link>
                  </Button>
                )}
              </>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
