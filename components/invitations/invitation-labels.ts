import "server-only";
import type { Translate } from "@/lib/i18n/translate";
import type { SentInvitationActionLabels } from "./sent-invitation-actions";
import type { WizardLabels } from "./invitation-wizard";

// The invitation form's, draft's and row actions' strings per kind, for the client components.

/** Invite a reseller (the provider's invitation). */
export const resellerWizardLabels = (t: Translate): WizardLabels => ({
  email: t("partnerships.invite.email"),
  days: t("partnerships.invite.days"),
  daysHint: t("partnerships.invite.daysHint"),
  language: t("partnerships.invite.locale"),
  check: t("partnerships.invite.check"),
  create: t("partnerships.invite.create"),
  passedTitle: t("partnerships.invite.passedTitle"),
  failed: t("partnerships.invite.failedTitle"),
  draftTitle: t("partnerships.draft.title"),
  draftIntro: t("partnerships.draft.intro"),
  subject: t("partnerships.draft.subject"),
  text: t("partnerships.draft.text"),
  link: t("partnerships.draft.link"),
  copy: t("partnerships.draft.copy"),
  copied: t("common.copied"),
  openMail: t("partnerships.draft.mailto"),
  to: t("partnerships.draft.to"),
  send: t("partnerships.draft.send"),
  done: t("partnerships.draft.doneWithoutSending"),
});

/** Request a reseller relationship and Invite new customers (customer invitations). */
export const customerWizardLabels = (t: Translate): WizardLabels => ({
  email: t("invites.request.email"),
  emailHint: t("invites.request.emailHint"),
  days: t("invites.request.days"),
  daysHint: t("invites.request.daysHint"),
  language: t("invites.request.languageLabel"),
  check: t("invites.request.check"),
  create: t("invites.request.create"),
  failed: t("invites.preflight.failed"),
  draftTitle: t("invites.draft.title"),
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
});

/** The email languages to choose from, named in the page's language. */
export const languageOptions = (t: Translate) => [
  { value: "en", label: t("invites.request.language.en") },
  { value: "de", label: t("invites.request.language.de") },
];

/** Resend / Revoke in a list of sent invitations. */
export const sentInvitationActionLabels = (t: Translate, kind: "reseller" | "customer"): SentInvitationActionLabels =>
  kind === "reseller"
    ? {
        resend: t("partnerships.invitations.resend"),
        revoke: t("partnerships.invitations.revoke"),
        newLink: t("invites.sent.newLink"),
        copy: t("partnerships.draft.copy"),
        copied: t("common.copied"),
      }
    : {
        resend: t("invites.sent.resend"),
        revoke: t("invites.sent.revoke"),
        newLink: t("invites.sent.newLink"),
        copy: t("invites.draft.copy"),
        copied: t("common.copied"),
      };
