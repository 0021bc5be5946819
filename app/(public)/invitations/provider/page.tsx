import { useFormatter } from "next-intl";
import Link from "next/link";
import { redirect } from "next/navigation";
import { vendorName } from "@/emails/layout";
import { Alert } from "@/components/ui/alert";
import { Refusal } from "@/components/ui/refusal";
import { getCurrentUser } from "@/lib/auth/current-user";
import { refusalParts, ruleParts } from "@/lib/errors";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/translate";
import {
  getProviderInvitationLanding,
  type LandingInvitation,
} from "@/lib/provider-reseller-relationships/get-provider-invitation-landing";
import { countryName } from "@/lib/regions";
import { AuthorizeProviderForm } from "./_components/authorize-provider-form";
import { authorizeIndirectProviderAction } from "./actions/authorize-indirect-provider";
import { signOutAndReturnAction } from "./actions/sign-out-and-return";
import { Button } from "@/components/ui/button";
import { SubmitButton } from "@/components/ui/submit-button";

export const generateMetadata = titled("partnerships.landing.title", { referrer: "no-referrer" });

function WhoInvites({ invitation, t, locale }: { invitation: LandingInvitation; t: Translate; locale: string }) {
  const format = useFormatter();
  const facts: [string, string][] = [
    [t("partnerships.landing.provider"), invitation.providerName],
    ...(invitation.invitedName
      ? [[t("partnerships.landing.invited"), invitation.invitedName] as [string, string]]
      : []),
    [t("partnerships.landing.pnId"), invitation.providerPnId],
    [
      t("partnerships.landing.region"),
      t("partnerships.landing.regionValue", {
        region: t(`region.${invitation.providerRegion}`),
        country: countryName(invitation.providerCountry, locale),
      }),
    ],
    [t("partnerships.landing.validUntil"), format.dateTime(invitation.expiresAt, "long")],
  ];
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-md border border-slate-200 bg-slate-50 p-4 text-sm">
      {facts.map(([term, value]) => (
        <div key={term} className="contents">
          <dt className="font-medium">{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * The provider's invitation link (R6, R16). Opening it changes nothing: the page shows who invites,
 * what authorizing grants and the state for this user — invalid, signed out, wrong tenant, not a
 * Global admin (with who can), expired, revoked, declined, already accepted, a rule that would
 * refuse — and only the checkbox + button POST authorizes. proxy.ts sends no-referrer / no-store.
 */
export default async function ProviderInvitationPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token } = await searchParams;
  const value = typeof token === "string" ? token : "";
  const [t, locale, user] = [await getT(), await getLocale(), await getCurrentUser()];
  if (user?.mustChangePassword) redirect("/change-password"); // R18 first
  const landing = await getProviderInvitationLanding(value, user);
  const here = `/invitations/provider?token=${value}`;

  if (landing.state === "invalid") {
    return (
      <div className="space-y-4 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
        <h1 className="text-2xl font-semibold">{t("partnerships.landing.title")}</h1>
        <Alert tone="error" title={t("partnerships.landing.invalid.title")}>
          {t("partnerships.landing.invalid.body")}
        </Alert>
      </div>
    );
  }
  const { invitation } = landing;
  const provider = invitation.providerName;
  const stateTitle =
    landing.state === "ready" || landing.state === "signedOut"
      ? null
      : t(`partnerships.landing.${landing.state}.title`);
  // Each state's sentence first, its rule as a small tag (R16 link states, R6 who may authorize).
  const stateBody = (() => {
    switch (landing.state) {
      case "expired":
      case "revoked":
      case "declined":
      case "accepted":
        return ruleParts(t, "R16", `partnerships.landing.${landing.state}.body`);
      case "wrongTenant":
        return ruleParts(t, "R16", "partnerships.landing.wrongTenant.body", { tenant: landing.tenantName });
      case "notGlobalAdmin":
        return ruleParts(t, "R6", "partnerships.landing.notGlobalAdmin.body", {
          names: landing.globalAdmins.join(", ") || "—",
        });
      default:
        return null;
    }
  })();

  return (
    <div className="space-y-5 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <h1 className="text-2xl font-semibold">{t("partnerships.landing.title")}</h1>
      <p className="text-sm">
        {invitation.invitedName
          ? t("partnerships.landing.introNamed", { provider, reseller: invitation.invitedName })
          : t("partnerships.landing.intro", { provider })}
      </p>
      <WhoInvites invitation={invitation} t={t} locale={locale} />
      <section aria-labelledby="grant-title" className="space-y-2">
        <h2 id="grant-title" className="text-base font-semibold">
          {t("partnerships.landing.grantTitle")}
        </h2>
        <ul className="list-disc space-y-1 pl-5 text-sm">
          <li>{t("partnerships.landing.grantOrders", { provider })}</li>
          <li>{t("partnerships.landing.grantAdmin", { provider })}</li>
          <li>{t("partnerships.landing.grantSeparate")}</li>
          <li>{t("partnerships.landing.grantEnd", { vendor: vendorName() })}</li>
        </ul>
      </section>

      {landing.state === "signedOut" && (
        <Alert tone="info" title={t("partnerships.landing.signedOut.title")}>
          <p>{t("partnerships.landing.signedOut.body")}</p>
          <Button asChild className="mt-2">
            <Link href={`/sign-in?callbackUrl=${encodeURIComponent(here)}`}>{t("partnerships.landing.signIn")}</Link>
          </Button>
        </Alert>
      )}
      {stateTitle && stateBody && (
        <Alert tone={landing.state === "accepted" ? "info" : "error"} title={stateTitle}>
          <Refusal {...stateBody} />
        </Alert>
      )}
      {landing.state === "blocked" && (
        <Alert tone="error" title={t("partnerships.landing.blocked.title")}>
          <ul className="list-disc space-y-1 pl-5">
            {landing.violations.map((violation) => (
              <li key={violation.message}>
                <Refusal {...refusalParts(violation, t)} />
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {landing.state === "wrongTenant" && (
        <form action={signOutAndReturnAction}>
          <input type="hidden" name="token" value={value} />
          <SubmitButton variant="secondary">{t("partnerships.landing.signOut")}</SubmitButton>
        </form>
      )}
      {landing.state === "accepted" && landing.ownOrganization && (
        <Link href="/indirect-providers" className="inline-block text-sm text-brand-700 underline">
          {t("partnerships.landing.toProviders")}
        </Link>
      )}
      {landing.state === "ready" && (
        <AuthorizeProviderForm action={authorizeIndirectProviderAction} token={value} provider={provider} />
      )}
    </div>
  );
}
