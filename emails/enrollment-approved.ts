import type { Program } from "@/lib/generated/prisma/enums";
import { defineEmail } from "./define-email";
import { vendorName } from "./layout";
import { programLabels } from "./phrases";

export type EnrollmentApprovedProps = { organizationName: string; program: Program; overviewUrl: string };

export const enrollmentApproved = defineEmail<EnrollmentApprovedProps>({
  en: (p) => ({
    subject: `${p.organizationName} is approved as ${programLabels.en[p.program]}`,
    heading: "Your enrollment is approved",
    paragraphs: [
      `Congratulations! The enrollment of ${p.organizationName} as ${programLabels.en[p.program]} in the ${vendorName()} partner program was approved.`,
      "Sign in to Partner Center to see your next steps, such as accepting the Partner Agreement.",
    ],
    action: { label: "Open Partner Center", url: p.overviewUrl },
  }),
  de: (p) => ({
    subject: `${p.organizationName} ist als ${programLabels.de[p.program]} genehmigt`,
    heading: "Ihre Registrierung ist genehmigt",
    paragraphs: [
      `Herzlichen Glückwunsch! Die Registrierung von ${p.organizationName} als ${programLabels.de[p.program]} im Partnerprogramm von ${vendorName()} wurde genehmigt.`,
      "Melden Sie sich im Partner Center an, um die nächsten Schritte zu sehen, zum Beispiel die Annahme der Partnervereinbarung.",
    ],
    action: { label: "Partner Center öffnen", url: p.overviewUrl },
  }),
});
