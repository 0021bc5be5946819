import { defineEmail } from "./define-email";
import { vendorName } from "./layout";

/** PROVIDER_AUTHORIZED goes to the provider a reseller accepted; RELATIONSHIP_ENDED to both sides (R15). */
export type RelationshipNoticeProps = {
  kind: "PROVIDER_AUTHORIZED" | "RELATIONSHIP_ENDED";
  organizationName: string;
  counterpartName: string;
  detailsUrl: string;
};

export const relationshipNotice = defineEmail<RelationshipNoticeProps>({
  en: (p) =>
    p.kind === "PROVIDER_AUTHORIZED"
      ? {
          subject: `${p.counterpartName} authorized ${p.organizationName} as indirect provider`,
          heading: "You were authorized as indirect provider",
          paragraphs: [
            `${p.counterpartName} accepted your invitation and authorized ${p.organizationName} as its indirect provider.`,
          ],
          action: { label: "View indirect resellers", url: p.detailsUrl },
        }
      : {
          subject: `The relationship between ${p.organizationName} and ${p.counterpartName} has ended`,
          heading: "A relationship has ended",
          paragraphs: [
            `${vendorName()} support ended the provider–reseller relationship between ${p.organizationName} and ${p.counterpartName}.`,
            "Its history stays available in Partner Center.",
          ],
          action: { label: "Open Partner Center", url: p.detailsUrl },
        },
  de: (p) =>
    p.kind === "PROVIDER_AUTHORIZED"
      ? {
          subject: `${p.counterpartName} hat ${p.organizationName} als indirekten Anbieter autorisiert`,
          heading: "Sie wurden als indirekter Anbieter autorisiert",
          paragraphs: [
            `${p.counterpartName} hat Ihre Einladung angenommen und ${p.organizationName} als indirekten Anbieter autorisiert.`,
          ],
          action: { label: "Indirekte Reseller anzeigen", url: p.detailsUrl },
        }
      : {
          subject: `Die Beziehung zwischen ${p.organizationName} und ${p.counterpartName} wurde beendet`,
          heading: "Eine Beziehung wurde beendet",
          paragraphs: [
            `Der Support von ${vendorName()} hat die Anbieter-Reseller-Beziehung zwischen ${p.organizationName} und ${p.counterpartName} beendet.`,
            "Der Verlauf bleibt im Partner Center sichtbar.",
          ],
          action: { label: "Partner Center öffnen", url: p.detailsUrl },
        },
});
