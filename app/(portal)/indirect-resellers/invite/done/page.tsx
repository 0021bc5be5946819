import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getT } from "@/lib/i18n/server";
import { getSentResellerInvitation } from "@/lib/provider-reseller-relationships/get-sent-reseller-invitation";
import { Button } from "@/components/ui/button";

export const generateMetadata = titled("partnerships.done.title");

/** Done: the invitation email is in the outbox (R16); the state shows on Indirect resellers. */
export default async function InvitationSentPage({ searchParams }: { searchParams: Promise<{ invitation?: string }> }) {
  const user = await requirePermission("reseller-invite");
  const t = await getT();
  const invitation = await getSentResellerInvitation(user, (await searchParams).invitation);
  if (!invitation) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("partnerships.done.title")}</h1>
      <Alert tone="success">
        {t("partnerships.done.body", {
          email: invitation.intendedEmail ?? "",
          reseller: invitation.targetPartner?.legalName ?? "",
        })}
      </Alert>
      <Button asChild>
        <Link href="/indirect-resellers">{t("partnerships.done.back")}</Link>
      </Button>
    </div>
  );
}
