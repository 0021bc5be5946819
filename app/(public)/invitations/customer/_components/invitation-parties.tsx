import type { LandingInvitation, LandingParty } from "@/lib/customer-invitations/get-customer-invitation-landing";
import type { Locale } from "@/lib/i18n/locales";
import type { Translate } from "@/lib/i18n/translate";
import { countryName } from "@/lib/regions";

function Party({ t, locale, party, role }: { t: Translate; locale: Locale; party: LandingParty; role: string }) {
  return (
    <div className="space-y-1 rounded-md border border-slate-200 p-4">
      <p className="text-xs font-semibold text-slate-600 uppercase">{role}</p>
      <p className="font-semibold">{party.name}</p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
        <dt className="text-slate-600">{t("invites.landing.country")}</dt>
        <dd>
          {countryName(party.countryCode, locale)} ({t(`region.${party.region}`)})
        </dd>
        <dt className="text-slate-600">{t("invites.landing.pnId")}</dt>
        <dd>{party.pnId}</dd>
        <dt className="text-slate-600">{t("invites.landing.support")}</dt>
        <dd className="break-all">{party.supportEmail}</dd>
      </dl>
    </div>
  );
}

/** Who asks: the partner and, for a joint invitation, its indirect provider (names, country, region). */
export function InvitationParties({
  t,
  locale,
  invitation,
}: {
  t: Translate;
  locale: Locale;
  invitation: LandingInvitation;
}) {
  return (
    <section aria-labelledby="who-asks" className="space-y-3">
      <h2 id="who-asks" className="text-lg font-semibold">
        {t("invites.landing.whoAsks")}
      </h2>
      <Party
        t={t}
        locale={locale}
        party={invitation.partner}
        role={invitation.provider ? t("invites.landing.roleReseller") : t("invites.landing.rolePartner")}
      />
      {invitation.provider && (
        <Party t={t} locale={locale} party={invitation.provider} role={t("invites.landing.roleProvider")} />
      )}
    </section>
  );
}

/** The partner's own words from the request (its draft as sent), kept as written: line breaks, no markup. */
export function PersonalMessage({ t, invitation }: { t: Translate; invitation: LandingInvitation }) {
  if (!invitation.message) return null;
  return (
    <section aria-labelledby="personal-message" className="space-y-2">
      <h2 id="personal-message" className="text-lg font-semibold">
        {t("invites.landing.messageTitle", { partner: invitation.partner.name })}
      </h2>
      <blockquote className="rounded-md border-l-4 border-brand-700 bg-slate-50 px-4 py-3 text-sm break-words whitespace-pre-line text-slate-800">
        {invitation.message}
      </blockquote>
    </section>
  );
}

/** Exactly what accepting grants: who becomes the customer's reseller and what they may do. */
export function WhatYouGrant({ t, invitation }: { t: Translate; invitation: LandingInvitation }) {
  const partner = invitation.partner.name;
  const provider = invitation.provider?.name;
  return (
    <section aria-labelledby="what-you-grant" className="space-y-2">
      <h2 id="what-you-grant" className="text-lg font-semibold">
        {t("invites.landing.grantTitle")}
      </h2>
      <ul className="list-disc space-y-1 pl-6 text-sm">
        {provider ? (
          <>
            <li>{t("invites.landing.grantJointReseller", { partner, provider })}</li>
            <li>{t("invites.landing.grantJointProvider", { partner, provider })}</li>
            <li>{t("invites.landing.grantJointManage", { partner, provider })}</li>
          </>
        ) : (
          <>
            <li>{t("invites.landing.grantReseller", { partner })}</li>
            <li>{t("invites.landing.grantManage", { partner })}</li>
            {invitation.directBill && <li>{t("invites.landing.grantDirectBill", { partner })}</li>}
          </>
        )}
        <li>{t("invites.landing.grantOthersStay")}</li>
      </ul>
    </section>
  );
}
