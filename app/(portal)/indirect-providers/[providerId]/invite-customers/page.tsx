import Link from "next/link";
import { problemsOf } from "@/components/invitations/invitation-states";
import { InvitationWizard } from "@/components/invitations/invitation-wizard";
import { Alert } from "@/components/ui/alert";
import { RefusalList } from "@/components/ui/refusal";
import { requirePermission } from "@/lib/auth/current-user";
import { preflightCustomerInvitation } from "@/lib/customer-invitations/preflight-customer-invitation";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { INVITATION_DEFAULT_DAYS } from "@/lib/invitations/invitation-links";
import { orNotFound } from "@/lib/pages/or-not-found";
import { sendCustomerInvitationAction } from "../../../customers/request/actions/send-customer-invitation";
import { checkJointInvitationAction } from "./actions/check-joint-invitation";
import { createJointInvitationAction } from "./actions/create-joint-invitation";

export const generateMetadata = titled("invites.joint.title");

/**
 * Invite new customers (reseller side, P-customer-request): the joint invitation with this
 * provider (R8). A provider without an ACTIVE relationship with the reseller is "not found";
 * R5 readiness is shown up front, each missing step named, and checked again on every step.
 */
export default async function InviteNewCustomersPage({ params }: { params: Promise<{ providerId: string }> }) {
  const user = await requirePermission("customer-request");
  const { providerId } = await params;
  const context = await orNotFound(
    preflightCustomerInvitation(user, { kind: "CUSTOMER_JOINT", unverifiedProviderId: providerId }, undefined),
  );
  const [t, locale] = [await getT(), await getLocale()];
  const names = { reseller: context.inviter.legalName, provider: context.provider!.legalName };
  const problems = problemsOf(context.violations, t);
  return (
    <div className="max-w-5xl space-y-6">
      <nav className="flex flex-wrap gap-4 text-sm">
        <Link href="/indirect-providers" className="text-brand-700 underline">
          {t("invites.joint.backToProviders")}
        </Link>
        <Link href="/customers/requests" className="text-brand-700 underline">
          {t("invites.request.sentRequests")}
        </Link>
      </nav>
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("invites.joint.title")}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("invites.joint.intro", names)}</p>
      </div>
      {problems.length > 0 ? (
        <Alert tone="warning" title={t("invites.joint.notReady", names)}>
          <RefusalList refusals={problems} />
        </Alert>
      ) : (
        <Alert tone="info">{t("invites.joint.channel", names)}</Alert>
      )}
      <InvitationWizard
        checkAction={checkJointInvitationAction}
        createAction={createJointInvitationAction}
        sendAction={sendCustomerInvitationAction}
        hidden={{ unverifiedProviderId: context.provider!.id }}
        defaults={{ days: INVITATION_DEFAULT_DAYS, locale }}
        kind="customer"
        doneHref="/customers/requests"
      />
    </div>
  );
}
