import type { MessageKey } from "@/lib/i18n/messages/en";

/** The invitation UIs: the provider's reseller invitation, and the partner's customer invitations. */
export type InvitationUiKind = "reseller" | "customer";

/** The message keys the client components translate themselves (useTranslations), per kind. */
export type InvitationTexts = {
  email: MessageKey;
  emailHint?: MessageKey;
  days: MessageKey;
  daysHint: MessageKey;
  language: MessageKey;
  check: MessageKey;
  create: MessageKey;
  passedTitle?: MessageKey;
  failed: MessageKey;
  draftTitle: MessageKey;
  draftIntro?: MessageKey;
  subject: MessageKey;
  text: MessageKey;
  textHint?: MessageKey;
  link: MessageKey;
  copy: MessageKey;
  copied: MessageKey;
  openMail: MessageKey;
  sendTitle?: MessageKey;
  to: MessageKey;
  send: MessageKey;
  /** "Sent to {email}." */
  sent?: MessageKey;
  done: MessageKey;
  resend: MessageKey;
  revoke: MessageKey;
  newLink: MessageKey;
};

export const invitationTexts: Record<InvitationUiKind, InvitationTexts> = {
  reseller: {
    email: "partnerships.invite.email",
    days: "partnerships.invite.days",
    daysHint: "partnerships.invite.daysHint",
    language: "partnerships.invite.locale",
    check: "partnerships.invite.check",
    create: "partnerships.invite.create",
    passedTitle: "partnerships.invite.passedTitle",
    failed: "partnerships.invite.failedTitle",
    draftTitle: "partnerships.draft.title",
    draftIntro: "partnerships.draft.intro",
    subject: "partnerships.draft.subject",
    text: "partnerships.draft.text",
    link: "partnerships.draft.link",
    copy: "partnerships.draft.copy",
    copied: "common.copied",
    openMail: "partnerships.draft.mailto",
    to: "partnerships.draft.to",
    send: "partnerships.draft.send",
    done: "partnerships.draft.doneWithoutSending",
    resend: "partnerships.invitations.resend",
    revoke: "partnerships.invitations.revoke",
    newLink: "invites.sent.newLink",
  },
  customer: {
    email: "invites.request.email",
    emailHint: "invites.request.emailHint",
    days: "invites.request.days",
    daysHint: "invites.request.daysHint",
    language: "invites.request.languageLabel",
    check: "invites.request.check",
    create: "invites.request.create",
    failed: "invites.preflight.failed",
    draftTitle: "invites.draft.title",
    subject: "invites.draft.subject",
    text: "invites.draft.text",
    textHint: "invites.draft.textHint",
    link: "invites.draft.link",
    copy: "invites.draft.copy",
    copied: "invites.draft.copied",
    openMail: "invites.draft.openMail",
    sendTitle: "invites.draft.sendTitle",
    to: "invites.draft.to",
    send: "invites.draft.send",
    sent: "invites.draft.sent",
    done: "invites.draft.done",
    resend: "invites.sent.resend",
    revoke: "invites.sent.revoke",
    newLink: "invites.sent.newLink",
  },
};
