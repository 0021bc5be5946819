import { defineEmail } from "./define-email";
import { greeting } from "./phrases";
import { vendorName } from "./vendor";

// Sent to the OLD primary-contact address when a Global admin enters a new one (Settings →
// Partner profile). The new address is used only after its owner verified it (R12).
export type ContactEmailChangedProps = {
  contactName?: string;
  organizationName: string;
  newEmail: string;
  changedBy?: string;
  profileUrl: string;
};

export const contactEmailChanged = defineEmail<ContactEmailChangedProps>((t, p) => {
  const values = { organization: p.organizationName, vendor: vendorName(), newEmail: p.newEmail };
  return {
    subject: t("emails.contactEmailChanged.subject", { organization: p.organizationName }),
    heading: t("emails.contactEmailChanged.heading"),
    greeting: greeting(t, p.contactName),
    paragraphs: [
      p.changedBy
        ? t("emails.contactEmailChanged.askedBy", { ...values, changedBy: p.changedBy })
        : t("emails.contactEmailChanged.asked", values),
      t("emails.contactEmailChanged.until"),
    ],
    action: { label: t("emails.contactEmailChanged.action"), url: p.profileUrl },
    note: t("emails.contactEmailChanged.note"),
  };
});
