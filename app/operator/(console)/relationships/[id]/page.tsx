import { getFormatter } from "next-intl/server";
import Link from "next/link";
import { FactSection, type FactRow } from "@/components/operator/fact-list";
import { EndRelationshipDialog } from "@/components/operator/end-relationship-dialog";
import { requireOperator } from "@/lib/auth/current-user";
import { titled } from "@/lib/i18n/page-title";
import { getLocale, getT } from "@/lib/i18n/server";
import { getProviderResellerRelationship } from "@/lib/operator/get-provider-reseller-relationship";
import { orNotFound } from "@/lib/pages/or-not-found";
import { countryName } from "@/lib/regions";
import { endProviderResellerRelationshipAction } from "../actions/end-provider-reseller-relationship";

export const generateMetadata = titled("relationships.detailTitle");

/** Operator console → one provider–reseller relationship: both partners, its history, support requests about it, and End relationship (R15). */
export default async function OperatorRelationshipPage({ params }: { params: Promise<{ id: string }> }) {
  const operator = await requireOperator();
  const relationship = await orNotFound(getProviderResellerRelationship(operator, (await params).id));
  const [t, locale] = [await getT(), await getLocale()];
  const format = await getFormatter();
  const partnerFacts = (partner: typeof relationship.provider) =>
    `${partner.legalName} · ${partner.pnId} · ${countryName(partner.countryCode, locale)} · ${partner.contactName} <${partner.contactEmail}>`;
  const active = relationship.status === "ACTIVE";
  return (
    <div className="max-w-5xl space-y-6">
      <Link href="/operator/relationships" className="text-sm text-brand-700 underline">
        {t("relationships.backToList")}
      </Link>
      <h1 className="text-2xl font-semibold">
        {t("relationships.pairLabel", {
          provider: relationship.provider.legalName,
          reseller: relationship.reseller.legalName,
        })}
      </h1>
      <FactSection
        id="relationship-facts"
        title={t("relationships.details")}
        facts={[
          [t("relationships.provider"), partnerFacts(relationship.provider)],
          [t("relationships.reseller"), partnerFacts(relationship.reseller)],
          [t("relationships.status"), t(`providers.status.${relationship.status}`)],
          [t("providers.since"), format.dateTime(relationship.startedAt, "dateTime")],
          ...(relationship.endedAt
            ? ([
                [t("relationships.endedAt"), format.dateTime(relationship.endedAt, "dateTime")],
                [
                  t("relationships.endedBy"),
                  relationship.endedByOperator
                    ? `${relationship.endedByOperator.name} <${relationship.endedByOperator.email}>`
                    : "—",
                ],
                [
                  t("relationships.endReason"),
                  <span key="reason" className="whitespace-pre-line">
                    {relationship.endReason}
                  </span>,
                ],
              ] satisfies FactRow[])
            : []),
        ]}
      >
        {relationship.supportRequests.length > 0 && (
          <div className="mt-4">
            <h3 className="text-sm font-semibold">{t("relationships.supportRequests")}</h3>
            <ul className="mt-1 list-disc pl-5 text-sm">
              {relationship.supportRequests.map((request) => (
                <li key={request.id}>
                  <Link href={`/operator/support/${request.id}`} className="text-brand-700 underline">
                    {request.subject}
                  </Link>{" "}
                  ({t(`support.status.${request.status}`)})
                </li>
              ))}
            </ul>
          </div>
        )}
      </FactSection>
      <section aria-labelledby="end-relationship" className="space-y-3 rounded-lg border border-red-200 bg-white p-5">
        <h2 id="end-relationship" className="text-lg font-semibold">
          {t("endRelationship.title")}
        </h2>
        <p className="text-sm text-slate-700">
          {active ? t("endRelationship.hint") : t("endRelationship.alreadyEndedNote")}
        </p>
        {active && <EndRelationshipDialog relationship={relationship} action={endProviderResellerRelationshipAction} />}
      </section>
    </div>
  );
}
