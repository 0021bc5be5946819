import Link from "next/link";
import { redirect } from "next/navigation";
import { WorkAccountForm } from "@/components/forms/work-account-form";
import { getCurrentUser } from "@/lib/auth/current-user";
import { passwordMinimum } from "@/lib/auth/password";
import { getCustomerInvitationLanding } from "@/lib/customer-invitations/get-customer-invitation-landing";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { countryOptions } from "@/lib/regions";
import { createCustomerAccountAction } from "../actions/create-customer-account";
import { WhatYouGrant } from "../_components/invitation-parties";
import { landingPath } from "../_components/paths";

export const generateMetadata = titled("invites.account.title", { referrer: "no-referrer" });

/**
 * "Create a customer account" from a pending customer invitation, for a customer without a work
 * account: company, primary domain, country and the Global admin; submitting creates the account
 * and accepts in one step (R1 for the chosen country first). Signed in, or for a link that isn't
 * pending, the landing page says what applies.
 */
export default async function CreateCustomerAccountPage({
  searchParams,
}: {
  searchParams: Promise<{ token?: string | string[] }>;
}) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" ? raw : "";
  if (await getCurrentUser()) redirect(landingPath(token));
  const landing = await getCustomerInvitationLanding(token, null);
  if (landing.state !== "PENDING") redirect(landingPath(token));
  const [t, locale] = [await getT(), await getLocale()];
  const { invitation } = landing;
  const partners = invitation.provider
    ? `${invitation.partner.name} / ${invitation.provider.name}`
    : invitation.partner.name;
  // R1: only countries in the inviting partners' region (acceptance checks it again).
  const countries = countryOptions(locale, invitation.partner.region);
  return (
    <div className="space-y-6 rounded-lg border border-slate-200 bg-white p-8 shadow-sm">
      <div className="space-y-2">
        <h1 className="text-2xl font-semibold">{t("invites.account.title")}</h1>
        <p className="text-sm text-slate-700">{t("invites.account.intro", { partner: invitation.partner.name })}</p>
      </div>
      <WhatYouGrant t={t} invitation={invitation} />
      <WorkAccountForm
        action={createCustomerAccountAction}
        hidden={{ token }}
        countries={[{ value: "", label: t("enroll.field.chooseCountry") }, ...countries]}
        kind="customer"
        countryHint={{ partners, region: t(`region.${invitation.partner.region}`) }}
        passwordMin={passwordMinimum(true)}
      />
      <Link href={landingPath(token)} className="text-sm text-brand-700 underline">
        {t("common.back")}
      </Link>
    </div>
  );
}
