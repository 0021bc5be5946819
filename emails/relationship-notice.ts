import { defineEmail } from "./define-email";
import { greeting } from "./phrases";
import { vendorName } from "./vendor";

/** PROVIDER_AUTHORIZED goes to the provider a reseller accepted; RELATIONSHIP_ENDED to both sides (R15). */
export type RelationshipNoticeProps = {
  kind: "PROVIDER_AUTHORIZED" | "RELATIONSHIP_ENDED";
  organizationName: string;
  counterpartName: string;
  detailsUrl: string;
};

export const relationshipNotice = defineEmail<RelationshipNoticeProps>((t, p) => {
  const values = { organization: p.organizationName, counterpart: p.counterpartName, vendor: vendorName() };
  return p.kind === "PROVIDER_AUTHORIZED"
    ? {
        subject: t("emails.relationshipNotice.authorizedSubject", values),
        heading: t("emails.relationshipNotice.authorizedHeading"),
        greeting: greeting(t),
        paragraphs: [t("emails.relationshipNotice.authorizedBody", values)],
        action: { label: t("emails.relationshipNotice.authorizedAction"), url: p.detailsUrl },
      }
    : {
        subject: t("emails.relationshipNotice.endedSubject", values),
        heading: t("emails.relationshipNotice.endedHeading"),
        greeting: greeting(t),
        paragraphs: [t("emails.relationshipNotice.endedBody", values), t("emails.relationshipNotice.endedHistory")],
        action: { label: t("emails.common.openPartnerCenter"), url: p.detailsUrl },
      };
});
