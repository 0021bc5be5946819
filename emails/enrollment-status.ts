import type { EnrollmentStatus, Program } from "@/lib/generated/prisma/enums";
import { defineEmail } from "./define-email";
import { enrollmentStatusLabels, programLabels } from "./phrases";

export type EnrollmentStatusProps = {
  organizationName: string;
  program: Program;
  status: EnrollmentStatus;
  reason?: string;
  statusUrl: string;
};

export const enrollmentStatus = defineEmail<EnrollmentStatusProps>({
  en: (p) => ({
    subject: `Enrollment update for ${p.organizationName}: ${enrollmentStatusLabels.en[p.status]}`,
    heading: "Your enrollment status changed",
    paragraphs: [
      `The enrollment of ${p.organizationName} as ${programLabels.en[p.program]} is now: ${enrollmentStatusLabels.en[p.status]}.`,
    ],
    quote: p.reason ? { label: "Reason", text: p.reason } : undefined,
    action: { label: "View enrollment status", url: p.statusUrl },
  }),
  de: (p) => ({
    subject: `Neuigkeiten zur Registrierung von ${p.organizationName}: ${enrollmentStatusLabels.de[p.status]}`,
    heading: "Der Status Ihrer Registrierung hat sich geändert",
    paragraphs: [
      `Die Registrierung von ${p.organizationName} als ${programLabels.de[p.program]} hat jetzt den Status: ${enrollmentStatusLabels.de[p.status]}.`,
    ],
    quote: p.reason ? { label: "Begründung", text: p.reason } : undefined,
    action: { label: "Registrierungsstatus anzeigen", url: p.statusUrl },
  }),
});
