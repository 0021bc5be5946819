import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { WizardLabels } from "./invitation-wizard";

/** The customer invitation form's and draft's strings, for the client components (both pages). */
export function wizardLabels(t: Translate): WizardLabels {
  return {
    email: t("invites.request.email"),
    emailHint: t("invites.request.emailHint"),
    days: t("invites.request.days"),
    daysHint: t("invites.request.daysHint"),
    language: t("invites.request.language"),
    check: t("invites.request.check"),
    create: t("invites.request.create"),
    passed: t("invites.preflight.passed"),
    failed: t("invites.preflight.failed"),
    noAddress: t("invites.preflight.noAddress"),
    draftTitle: t("invites.draft.title"),
    created: t("invites.draft.created"),
    subject: t("invites.draft.subject"),
    text: t("invites.draft.text"),
    textHint: t("invites.draft.textHint"),
    link: t("invites.draft.link"),
    copy: t("invites.draft.copy"),
    copied: t("invites.draft.copied"),
    openMail: t("invites.draft.openMail"),
    sendTitle: t("invites.draft.sendTitle"),
    to: t("invites.draft.to"),
    send: t("invites.draft.send"),
    sent: t("invites.draft.sent"),
    done: t("invites.draft.done"),
  };
}

/** The email languages to choose from, named in the page's language. */
export const languageOptions = (t: Translate) => [
  { value: "en", label: t("invites.request.language.en") },
  { value: "de", label: t("invites.request.language.de") },
];
