import { defineEmail } from "./define-email";
import { greeting } from "./phrases";

// R18: the temporary password is never part of this email; the administrator hands it over.
export type UserAddedProps = { userName: string; email: string; organizationName: string; signInUrl: string };

export const userAdded = defineEmail<UserAddedProps>({
  en: (p) => ({
    subject: `Your Partner Center account at ${p.organizationName}`,
    heading: "Welcome to Partner Center",
    paragraphs: [
      greeting("en", p.userName),
      `An account was created for you at ${p.organizationName}. You sign in with this email address: ${p.email}`,
      "Your administrator gives you the temporary password. You choose your own password when you first sign in.",
    ],
    action: { label: "Sign in", url: p.signInUrl },
    note: "If you did not expect this email, contact your organization's administrator.",
  }),
  de: (p) => ({
    subject: `Ihr Partner Center-Konto bei ${p.organizationName}`,
    heading: "Willkommen im Partner Center",
    paragraphs: [
      greeting("de", p.userName),
      `Für Sie wurde ein Konto bei ${p.organizationName} erstellt. Sie melden sich mit dieser E-Mail-Adresse an: ${p.email}`,
      "Das temporäre Kennwort erhalten Sie von Ihrem Administrator. Bei der ersten Anmeldung legen Sie Ihr eigenes Kennwort fest.",
    ],
    action: { label: "Anmelden", url: p.signInUrl },
    note: "Wenn Sie diese E-Mail nicht erwartet haben, wenden Sie sich an den Administrator Ihrer Organisation.",
  }),
});
