import { defineEmail } from "./define-email";
import { greeting } from "./phrases";

// R8, R16: tells whoever sent an invitation what became of it — accepted, declined, refused by a
// rule when the invitee tried to accept (at most once a day), or expired unused.
export type InvitationUpdateProps = {
  kind: "ACCEPTED" | "DECLINED" | "REFUSED" | "EXPIRED";
  invitationKind: "RESELLER_PARTNERSHIP" | "CUSTOMER_RELATIONSHIP" | "CUSTOMER_JOINT";
  /** The inviting organization. */
  partnerName: string;
  /** A joint invitation's indirect provider. */
  providerName?: string;
  /** The customer organization, or the invitee's email address when no organization is known. */
  inviteeName?: string;
  /** REFUSED: the refusal in the recipient's language, naming the rule ("R1: …"). */
  reason?: string;
  detailsUrl: string;
};

export const invitationUpdate = defineEmail<InvitationUpdateProps>((t, p) => {
  const parties = {
    invitationKind: p.invitationKind,
    partner: p.partnerName,
    provider: p.providerName ?? t("emails.invitationUpdate.someProvider"),
  };
  const values = {
    ...parties,
    what: t("emails.invitationUpdate.what", parties),
    who: p.inviteeName ?? t("emails.invitationUpdate.someInvitee"),
  };
  const open = { label: t("emails.common.openPartnerCenter"), url: p.detailsUrl };
  const base = { greeting: greeting(t) };
  if (p.kind === "ACCEPTED")
    return {
      ...base,
      subject: t("emails.invitationUpdate.acceptedSubject", values),
      heading: t("emails.invitationUpdate.acceptedHeading"),
      paragraphs: [t("emails.invitationUpdate.acceptedBody", values)],
      action: { label: t("emails.invitationUpdate.acceptedAction"), url: p.detailsUrl },
    };
  if (p.kind === "DECLINED")
    return {
      ...base,
      subject: t("emails.invitationUpdate.declinedSubject", values),
      heading: t("emails.invitationUpdate.declinedHeading"),
      paragraphs: [t("emails.invitationUpdate.declinedBody", values)],
      action: open,
    };
  if (p.kind === "REFUSED")
    return {
      ...base,
      subject: t("emails.invitationUpdate.refusedSubject", values),
      heading: t("emails.invitationUpdate.refusedHeading"),
      paragraphs: [t("emails.invitationUpdate.refusedBody", values), t("emails.invitationUpdate.refusedLink")],
      quote: p.reason ? { label: t("emails.common.reason"), text: p.reason } : undefined,
      action: open,
    };
  return {
    ...base,
    subject: t("emails.invitationUpdate.expiredSubject", values),
    heading: t("emails.invitationUpdate.expiredHeading"),
    paragraphs: [t("emails.invitationUpdate.expiredBody", values), t("emails.invitationUpdate.expiredResend")],
    action: open,
  };
});
