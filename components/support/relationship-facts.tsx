import type { FactRow } from "@/components/operator/fact-list";
import type { SupportRequestDetail } from "@/lib/support/support-request-select";
import type { Translate } from "@/lib/i18n/translate";

/** The provider–reseller relationship an end-relationship request is about, as fact rows (none for other requests). */
export function relationshipFacts(
  relationship: SupportRequestDetail["relationship"],
  t: Translate,
  formatDate: (date: Date) => string,
): FactRow[] {
  if (!relationship) return [];
  const state =
    relationship.status === "ACTIVE"
      ? t("support.relationshipActive", { date: formatDate(relationship.startedAt) })
      : relationship.endReason
        ? t("providers.endedOnWithReason", {
            date: formatDate(relationship.endedAt ?? relationship.startedAt),
            reason: relationship.endReason,
          })
        : t("providers.endedOn", { date: formatDate(relationship.endedAt ?? relationship.startedAt) });
  return [
    [
      t("support.relationship"),
      t("support.relationshipPair", {
        provider: `${relationship.provider.legalName} (${relationship.provider.pnId})`,
        reseller: `${relationship.reseller.legalName} (${relationship.reseller.pnId})`,
      }),
    ],
    [t("support.relationshipState"), state],
  ];
}
