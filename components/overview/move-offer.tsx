import Link from "next/link";
import type { Translate } from "@/lib/i18n/translate";
import { Button } from "@/components/ui/button";

/** R14: an eligible direct-bill partner is offered the move to indirect reseller with its existing tenant (the enrollment wizard); Global admins get the link. */
export function MoveOffer({
  t,
  organizationName,
  canEnroll,
  globalAdminNames,
}: {
  t: Translate;
  organizationName: string;
  canEnroll: boolean;
  globalAdminNames: string[];
}) {
  return (
    <section aria-labelledby="move-offer" className="space-y-2 rounded-lg border border-sky-300 bg-sky-50 p-5 text-sm">
      <h2 id="move-offer" className="text-lg font-semibold">
        {t("transition.offerTitle")}
      </h2>
      <p>{t("transition.offerBody", { organization: organizationName })}</p>
      {canEnroll ? (
        <Button asChild>
          <Link href="/enroll/indirect-reseller">{t("transition.offerLink")}</Link>
        </Button>
      ) : (
        <p>
          {globalAdminNames.length
            ? t("transition.offerWhoCan", { names: globalAdminNames.join(", ") })
            : t("agreement.whoCanAcceptAny")}
        </p>
      )}
    </section>
  );
}
