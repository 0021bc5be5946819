import type { EnrollmentStatus, Program } from "@/lib/generated/prisma/enums";
import { defineEmail } from "./define-email";
import { greeting, programName } from "./phrases";

export type EnrollmentStatusProps = {
  organizationName: string;
  program: Program;
  status: EnrollmentStatus;
  reason?: string;
  statusUrl: string;
};

export const enrollmentStatus = defineEmail<EnrollmentStatusProps>((t, p) => {
  const status = t(`enrollment.${p.status}`);
  return {
    subject: t("emails.enrollmentStatus.subject", { organization: p.organizationName, status }),
    heading: t("emails.enrollmentStatus.heading"),
    greeting: greeting(t),
    paragraphs: [
      t("emails.enrollmentStatus.body", {
        organization: p.organizationName,
        program: programName(t, p.program),
        status,
      }),
    ],
    quote: p.reason ? { label: t("emails.common.reason"), text: p.reason } : undefined,
    action: { label: t("emails.enrollmentStatus.action"), url: p.statusUrl },
  };
});
