import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ActionForm } from "@/components/ui/action-form";
import { Alert } from "@/components/ui/alert";
import { Refusal } from "@/components/ui/refusal";
import { Button, buttonVariants } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { getCurrentUser } from "@/lib/auth/current-user";
import {
  getCustomerInvitationLanding,
  type CustomerInvitationLanding,
} from "@/lib/customer-invitations/get-customer-invitation-landing";
import { refusalParts, ruleParts } from "@/lib/errors";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import { acceptCustomerInvitationAction } from "./actions/accept-customer-invitation";
import { declineCustomerInvitationAction } from "./actions/decline-customer-invitation";
import { signOutToInvitationAction } from "./actions/sign-out-to-invitation";
import { InvitationParties, PersonalMessage, WhatYouGrant } from "./_components/invitation-parties";
import { createAccountPath, signInPath } from "./_components/paths";

export const generateMetadata = titled("invites.landing.title", { referrer: "no-referrer" });

const primaryLink = buttonVariants();
const secondaryLink = buttonVariants({ variant: "secondary" });

/**
 * The customer invitation's landing page (R16). Opening it changes nothing: it shows who asks,
 * what accepting grants and the link's state — invalid, expired, revoked, declined, accepted (by
 * your organization or not) — and, while pending, what the viewer can do: sign in or create a
 * customer account, nothing as a partner tenant (R3/R4), ask a Global admin, or Accept / Decline
 * (POSTs). proxy.ts sends Referrer-Policy: no-referrer and Cache-Control: no-store here.
 */
export default async function CustomerInvitationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw : "";
  const user = await getCurrentUser();
  if (user?.mustChangePassword) redirect("/change-password"); // R18 first
  const [t, locale] = [await getT(), await getLocale()];
  const format = await getFormatter();
  const landing = await getCustomerInvitationLanding(token, user);

  if (landing.state === "INVALID") {
    return (
      <Frame t={t}>
        <Alert tone="error" title={t("invites.notice.invalidTitle")}>
          {t("invites.notice.invalidBody")}
        </Alert>
      </Frame>
    );
  }
  const { invitation } = landing;
  const partner = invitation.partner.name;
  return (
    <Frame
      t={t}
      intro={
        invitation.provider
          ? t("invites.landing.introJoint", { partner, provider: invitation.provider.name })
          : t("invites.landing.intro", { partner })
      }
    >
      <InvitationParties t={t} locale={locale} invitation={invitation} />
      <PersonalMessage t={t} invitation={invitation} />
      {landing.state === "PENDING" && <WhatYouGrant t={t} invitation={invitation} />}
      <StateSection t={t} landing={landing} token={token} date={(value) => format.dateTime(value, "long")} />
    </Frame>
  );
}

function Frame({ t, intro, children }: { t: Translate; intro?: string; children: React.ReactNode }) {
  return (
    <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("invites.landing.title")}</h1>
        {intro && <p className="text-sm text-slate-700">{intro}</p>}
      </div>
      {children}
    </div>
  );
}

function StateSection({
  t,
  landing,
  token,
  date,
}: {
  t: Translate;
  landing: Exclude<CustomerInvitationLanding, { state: "INVALID" }>;
  token: string;
  date: (value: Date) => string;
}) {
  const partner = landing.invitation.partner.name;
  const tokenField = <input type="hidden" name="token" value={token} />;
  const useAnother = (
    <form action={signOutToInvitationAction}>
      {tokenField}
      <Button type="submit" variant="link">
        {t("invites.landing.useAnother")}
      </Button>
    </form>
  );
  switch (landing.state) {
    case "EXPIRED":
      return (
        <Alert tone="warning" title={t("invites.notice.expiredTitle")}>
          {t("invites.notice.expiredBody", { partner })}
        </Alert>
      );
    case "REVOKED":
      return (
        <Alert tone="warning" title={t("invites.notice.revokedTitle")}>
          {t("invites.notice.revokedBody", { partner })}
        </Alert>
      );
    case "DECLINED":
      return (
        <Alert tone="info" title={t("invites.notice.declinedTitle")}>
          {t("invites.notice.declinedBody", { partner })}
        </Alert>
      );
    case "ACCEPTED":
      return landing.acceptedByViewer ? (
        <div className="space-y-4">
          <Alert tone="success" title={t("invites.notice.acceptedByYouTitle")}>
            {t(landing.invitation.provider ? "invites.notice.acceptedByYouJoint" : "invites.notice.acceptedByYouBody", {
              partner,
              provider: landing.invitation.provider?.name ?? "",
              date: landing.acceptedAt ? date(landing.acceptedAt) : "",
            })}
          </Alert>
          <Link href="/overview" className={primaryLink}>
            {t("invites.notice.toOverview")}
          </Link>
        </div>
      ) : (
        <Alert tone="info" title={t("invites.notice.acceptedTitle")}>
          {t("invites.notice.acceptedBody")}
        </Alert>
      );
  }
  const { viewer } = landing;
  if (viewer.kind === "SIGNED_OUT") {
    return (
      <section aria-labelledby="how-to-accept" className="space-y-4">
        <h2 id="how-to-accept" className="text-lg font-semibold">
          {t("invites.landing.howTitle")}
        </h2>
        <p className="text-sm">{t("invites.landing.howBody")}</p>
        <div className="flex flex-wrap gap-3">
          <Link href={signInPath(token)} className={primaryLink}>
            {t("invites.landing.signIn")}
          </Link>
          <Link href={createAccountPath(token)} className={secondaryLink}>
            {t("invites.landing.createAccount")}
          </Link>
        </div>
        <p className="text-xs text-slate-600">
          {t("invites.landing.expires", { date: date(landing.invitation.expiresAt) })}
        </p>
      </section>
    );
  }
  if (viewer.kind === "WRONG_TENANT") {
    return (
      <div className="space-y-4">
        <Alert tone="error" title={t("invites.landing.wrongTenantTitle")}>
          <Refusal {...ruleParts(t, "R16", "invites.landing.wrongTenantBody", { tenant: viewer.tenantName })} />
        </Alert>
        <form action={signOutToInvitationAction}>
          {tokenField}
          <Button type="submit" variant="secondary">
            {t("invites.landing.signOutSignIn")}
          </Button>
        </form>
      </div>
    );
  }
  if (viewer.kind === "PARTNER_TENANT") {
    return (
      <div className="space-y-4">
        <Alert tone="error" title={t("invites.landing.partnerTenantTitle", { organization: viewer.tenantName })}>
          <Refusal {...refusalParts(viewer.refusal, t)} />
          <p className="mt-2">{t("invites.landing.partnerTenantAdvice")}</p>
        </Alert>
        {useAnother}
      </div>
    );
  }
  if (viewer.kind === "NOT_GLOBAL_ADMIN") {
    return (
      <div className="space-y-4">
        <Alert tone="warning" title={t("invites.landing.notGlobalAdminTitle")}>
          {t("invites.landing.notGlobalAdminBody", {
            organization: viewer.tenantName,
            names: viewer.globalAdmins.join(", ") || "—",
          })}
        </Alert>
        {useAnother}
      </div>
    );
  }
  return (
    <section aria-labelledby="decide" className="space-y-4">
      <h2 id="decide" className="text-lg font-semibold">
        {t("invites.landing.decideTitle")}
      </h2>
      <p className="text-sm">{t("invites.landing.decideBody", { organization: viewer.tenantName })}</p>
      <ActionForm action={acceptCustomerInvitationAction} submitLabel={t("invites.accept.submit")}>
        {tokenField}
      </ActionForm>
      <div className="space-y-2 border-t border-slate-200 pt-4">
        <p className="text-sm text-slate-700">{t("invites.decline.body", { partner })}</p>
        <ConfirmDialog
          trigger={<Button variant="secondary">{t("invites.decline.submit")}</Button>}
          title={t("confirm.declineRequest.title", { partner })}
          description={t("confirm.declineRequest.body", { partner, organization: viewer.tenantName })}
          confirmLabel={t("confirm.declineRequest.submit")}
          action={declineCustomerInvitationAction}
          fields={{ token }}
        />
      </div>
      {useAnother}
      <p className="text-xs text-slate-600">
        {t("invites.landing.expires", { date: date(landing.invitation.expiresAt) })}
      </p>
    </section>
  );
}
