import { defineEmail } from "./define-email";
import { greeting } from "./phrases";

// R18: the temporary password is never part of this email; the administrator hands it over.
export type UserAddedProps = { userName: string; email: string; organizationName: string; signInUrl: string };

export const userAdded = defineEmail<UserAddedProps>((t, p) => ({
  subject: t("emails.userAdded.subject", { organization: p.organizationName }),
  heading: t("emails.userAdded.heading"),
  greeting: greeting(t, p.userName),
  paragraphs: [
    t("emails.userAdded.created", { organization: p.organizationName, email: p.email }),
    t("emails.userAdded.password"),
  ],
  action: { label: t("emails.userAdded.action"), url: p.signInUrl },
  note: t("emails.userAdded.note"),
}));
