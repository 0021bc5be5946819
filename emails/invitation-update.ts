import { defineEmail } from "./define-email";
import type { Locale } from "@/lib/i18n/locales";

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

type Words = (p: InvitationUpdateProps) => { what: string; who: string };

const words: Record<Locale, Words> = {
  en: (p) => ({
    what:
      p.invitationKind === "RESELLER_PARTNERSHIP"
        ? "invitation to become your indirect reseller"
        : p.invitationKind === "CUSTOMER_JOINT"
          ? `joint invitation of ${p.partnerName} and ${p.providerName ?? "its indirect provider"}`
          : "request for a reseller relationship",
    who: p.inviteeName ?? "the invitee",
  }),
  de: (p) => ({
    what:
      p.invitationKind === "RESELLER_PARTNERSHIP"
        ? "Einladung, Ihr indirekter Reseller zu werden"
        : p.invitationKind === "CUSTOMER_JOINT"
          ? `gemeinsame Einladung von ${p.partnerName} und ${p.providerName ?? "seinem indirekten Anbieter"}`
          : "Anfrage für eine Reseller-Beziehung",
    who: p.inviteeName ?? "die eingeladene Organisation",
  }),
};

export const invitationUpdate = defineEmail<InvitationUpdateProps>({
  en: (p) => {
    const { what, who } = words.en(p);
    const action = { label: "Open Partner Center", url: p.detailsUrl };
    if (p.kind === "ACCEPTED") {
      return {
        subject: `${who} accepted your ${what}`,
        heading: "Invitation accepted",
        paragraphs: [
          p.invitationKind === "CUSTOMER_JOINT"
            ? `${who} accepted the ${what}. ${p.partnerName} and ${p.providerName} now each have a reseller relationship with ${who}.`
            : `${who} accepted your ${what}. ${p.partnerName} now has a reseller relationship with ${who}.`,
        ],
        action: { label: "View customers", url: p.detailsUrl },
      };
    }
    if (p.kind === "DECLINED") {
      return {
        subject: `${who} declined your ${what}`,
        heading: "Invitation declined",
        paragraphs: [`${who} declined your ${what}. The link no longer works.`],
        action,
      };
    }
    if (p.kind === "REFUSED") {
      return {
        subject: `Your ${what} could not be accepted`,
        heading: "Acceptance refused by a rule",
        paragraphs: [
          `${who} tried to accept your ${what}, and Partner Center refused it.`,
          "The link stays valid until it expires or you revoke it. We tell you about further refusals at most once a day.",
        ],
        quote: p.reason ? { label: "Reason", text: p.reason } : undefined,
        action,
      };
    }
    return {
      subject: `Your ${what} expired unused`,
      heading: "Invitation expired",
      paragraphs: [
        `Your ${what} to ${who} expired before anyone accepted it.`,
        "You can resend it from Partner Center with a new link.",
      ],
      action,
    };
  },
  de: (p) => {
    const { what, who } = words.de(p);
    const action = { label: "Partner Center öffnen", url: p.detailsUrl };
    if (p.kind === "ACCEPTED") {
      return {
        subject: `${who} hat Ihre ${what} angenommen`,
        heading: "Einladung angenommen",
        paragraphs: [
          p.invitationKind === "CUSTOMER_JOINT"
            ? `${who} hat die ${what} angenommen. ${p.partnerName} und ${p.providerName} haben jetzt jeweils eine Reseller-Beziehung mit ${who}.`
            : `${who} hat Ihre ${what} angenommen. ${p.partnerName} hat jetzt eine Reseller-Beziehung mit ${who}.`,
        ],
        action: { label: "Kunden anzeigen", url: p.detailsUrl },
      };
    }
    if (p.kind === "DECLINED") {
      return {
        subject: `${who} hat Ihre ${what} abgelehnt`,
        heading: "Einladung abgelehnt",
        paragraphs: [`${who} hat Ihre ${what} abgelehnt. Der Link funktioniert nicht mehr.`],
        action,
      };
    }
    if (p.kind === "REFUSED") {
      return {
        subject: `Ihre ${what} konnte nicht angenommen werden`,
        heading: "Annahme durch eine Regel abgelehnt",
        paragraphs: [
          `${who} wollte Ihre ${what} annehmen, und Partner Center hat das abgelehnt.`,
          "Der Link bleibt gültig, bis er abläuft oder Sie ihn widerrufen. Über weitere Ablehnungen informieren wir Sie höchstens einmal am Tag.",
        ],
        quote: p.reason ? { label: "Grund", text: p.reason } : undefined,
        action,
      };
    }
    return {
      subject: `Ihre ${what} ist ungenutzt abgelaufen`,
      heading: "Einladung abgelaufen",
      paragraphs: [
        `Ihre ${what} an ${who} ist abgelaufen, ohne dass sie angenommen wurde.`,
        "Sie können sie in Partner Center mit einem neuen Link erneut senden.",
      ],
      action,
    };
  },
});
