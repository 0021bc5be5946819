import { defineEmail } from "./define-email";
import { vendorName } from "./layout";
import { greeting } from "./phrases";

// Sent to the OLD primary-contact address when a Global admin enters a new one (Settings →
// Partner profile). The new address is used only after its owner verified it (R12).
export type ContactEmailChangedProps = {
  contactName?: string;
  organizationName: string;
  newEmail: string;
  changedBy?: string;
  profileUrl: string;
};

export const contactEmailChanged = defineEmail<ContactEmailChangedProps>({
  en: (p) => ({
    subject: `The primary contact email of ${p.organizationName} is being changed`,
    heading: "Your primary contact email is being changed",
    paragraphs: [
      greeting("en", p.contactName),
      `${p.changedBy ? `${p.changedBy} asked` : "Someone asked"} to change the primary contact email of ${p.organizationName} in the ${vendorName()} partner program to ${p.newEmail}.`,
      "This address stays the primary contact until the new address is verified. Once it is verified, program emails go to the new address.",
    ],
    action: { label: "Open the partner profile", url: p.profileUrl },
    note: "If you did not expect this change, contact a Global admin of your organization in Partner Center right away.",
  }),
  de: (p) => ({
    subject: `Die E-Mail-Adresse des primären Kontakts von ${p.organizationName} wird geändert`,
    heading: "Ihre E-Mail-Adresse als primärer Kontakt wird geändert",
    paragraphs: [
      greeting("de", p.contactName),
      `${p.changedBy ? `${p.changedBy} hat beantragt` : "Es wurde beantragt"}, die E-Mail-Adresse des primären Kontakts von ${p.organizationName} im Partnerprogramm von ${vendorName()} in ${p.newEmail} zu ändern.`,
      "Diese Adresse bleibt primärer Kontakt, bis die neue Adresse bestätigt ist. Danach gehen E-Mails zum Programm an die neue Adresse.",
    ],
    action: { label: "Partnerprofil öffnen", url: p.profileUrl },
    note: "Wenn Sie diese Änderung nicht erwartet haben, wenden Sie sich umgehend an einen globalen Administrator Ihrer Organisation im Partner Center.",
  }),
});
