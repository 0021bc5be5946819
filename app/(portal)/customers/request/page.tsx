import Link from "next/link";
import { InvitationWizard } from "@/components/invitations/invitation-wizard";
import { Alert } from "@/components/ui/alert";
import { requirePermission } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { INVITATION_DEFAULT_DAYS } from "@/lib/invitations/invitation-links";
import { listActivePrograms } from "@/lib/partners/list-active-programs";
import { checkCustomerRequestAction } from "./actions/check-customer-request";
import { createCustomerRequestAction } from "./actions/create-customer-request";
import { sendCustomerInvitationAction } from "./actions/send-customer-invitation";

export const generateMetadata = titled("invites.request.title");

/** Request a reseller relationship (P-customer-request; Helpdesk agents can't): form → Check → draft → Send / Copy / mail app → Done. */
export default async function RequestResellerRelationshipPage() {
  const user = await requirePermission("customer-request");
  const [t, locale, programs] = [await getT(), await getLocale(), await listActivePrograms(user)];
  // The same derivation acceptance uses: an active direct-bill partner gets DIRECT_BILL, anyone else INDIRECT without a provider.
  const channelNote = programs.includes("DIRECT_BILL")
    ? "invites.request.channelDirect"
    : "invites.request.channelIndirect";
  return (
    <div className="max-w-5xl space-y-6">
      <nav className="flex flex-wrap gap-4 text-sm">
        <Link href="/customers" className="text-brand-700 underline">
          {t("invites.request.backToCustomers")}
        </Link>
        <Link href="/customers/requests" className="text-brand-700 underline">
          {t("invites.request.sentRequests")}
        </Link>
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("invites.request.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("invites.request.intro", { partner: user.tenantName })}</p>
      </div>
      <Alert tone="info">{t(channelNote, { partner: user.tenantName })}</Alert>
      <InvitationWizard
        checkAction={checkCustomerRequestAction}
        createAction={createCustomerRequestAction}
        sendAction={sendCustomerInvitationAction}
        defaults={{ days: INVITATION_DEFAULT_DAYS, locale }}
        kind="customer"
        doneHref="/customers/requests"
      />
    </div>
  );
}
