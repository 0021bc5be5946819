import type { Program } from "@/lib/generated/prisma/enums";
import { defineEmail } from "./define-email";
import { greeting, programName } from "./phrases";
import { vendorName } from "./vendor";

export type EnrollmentApprovedProps = { organizationName: string; program: Program; overviewUrl: string };

export const enrollmentApproved = defineEmail<EnrollmentApprovedProps>((t, p) => {
  const values = { organization: p.organizationName, program: programName(t, p.program) };
  return {
    subject: t("emails.enrollmentApproved.subject", values),
    heading: t("emails.enrollmentApproved.heading"),
    greeting: greeting(t),
    paragraphs: [
      t("emails.enrollmentApproved.body", { ...values, vendor: vendorName() }),
      t("emails.enrollmentApproved.next"),
    ],
    action: { label: t("emails.common.openPartnerCenter"), url: p.overviewUrl },
  };
});
