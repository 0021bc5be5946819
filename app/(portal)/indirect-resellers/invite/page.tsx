import Link from "next/link";
import { requirePermission } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { searchEnrolledResellers } from "@/lib/provider-reseller-relationships/search-enrolled-resellers";
import { countryName } from "@/lib/regions";
import { searchText } from "@/lib/text";
import { InvitationWizard } from "@/components/invitations/invitation-wizard";
import { INVITATION_DEFAULT_DAYS } from "@/lib/invitations/invitation-links";
import { orNotFound } from "@/lib/pages/or-not-found";
import { checkResellerInvitationAction } from "../actions/check-reseller-invitation";
import { createResellerInvitationAction } from "../actions/create-reseller-invitation";
import { sendResellerInvitationAction } from "../actions/send-reseller-invitation";
import { Search } from "lucide-react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";

export const generateMetadata = titled("partnerships.invite.title");

/**
 * Invite a reseller (P-reseller-invite, active providers): an optional search for an enrolled
 * reseller by name or PN ID (a GET, so results can be picked in the form below), the Global
 * admin's email, Check (pre-flight), Create invitation, and the draft email.
 */
export default async function InviteResellerPage({ searchParams }: { searchParams: Promise<{ q?: string }> }) {
  const user = await requirePermission("reseller-invite");
  const [t, locale] = [await getT(), await getLocale()];
  const q = searchText((await searchParams).q);
  const found = await orNotFound(searchEnrolledResellers(user, q));
  return (
    <div className="max-w-4xl space-y-6">
      <Link href="/indirect-resellers" className="text-sm text-brand-700 underline">
        {t("partnerships.invite.back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("partnerships.invite.title")}</h1>
      <p className="max-w-3xl text-sm text-slate-700">{t("partnerships.invite.intro")}</p>

      <section
        aria-labelledby="picker-title"
        className="max-w-2xl space-y-2 rounded-lg border border-slate-200 bg-white p-4"
      >
        <h2 id="picker-title" className="text-base font-semibold">
          {t("partnerships.invite.pickerTitle")}
        </h2>
        <form role="search" method="get" className="flex items-end gap-2">
          <TextField
            id="reseller-picker"
            label={t("partnerships.invite.pickerLabel")}
            hint={t("partnerships.invite.pickerHint")}
            name="q"
            type="search"
            defaultValue={q}
            maxLength={100}
            className="flex-1"
          />
          <Button type="submit" variant="secondary" className="mb-5">
            <Search aria-hidden="true" />
            {t("partnerships.invite.pickerButton")}
          </Button>
        </form>
        {q.length >= 2 && found.length === 0 && (
          <p className="text-sm" role="status">
            {t("partnerships.invite.pickerNone", { query: q })}
          </p>
        )}
      </section>

      <InvitationWizard
        checkAction={checkResellerInvitationAction}
        createAction={createResellerInvitationAction}
        sendAction={sendResellerInvitationAction}
        emailRequired
        pick={{
          name: "unverifiedResellerId",
          legend: t("partnerships.invite.pickLegend"),
          noneLabel: t("partnerships.invite.pickNone"),
          options: found.map((reseller) => ({
            value: reseller.id,
            label: t("partnerships.invite.pickOption", {
              name: reseller.legalName,
              pnId: reseller.pnId,
              country: countryName(reseller.countryCode, locale),
            }),
          })),
        }}
        defaults={{ days: INVITATION_DEFAULT_DAYS, locale }}
        kind="reseller"
        doneHref="/indirect-resellers"
      />
    </div>
  );
}
