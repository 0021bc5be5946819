import { invitesLandingEn } from "./invites-landing-en";
// English strings of customer invitations (reseller relationship requests, joint invitations) and the customer landing page (spread into en.ts). German in invites-de.ts must have every key.
export const invitesEn = {
  // ── H3a: sending side (Request a reseller relationship, Invite new customers, Sent requests) ──
  "invites.request.title": "Request a reseller relationship",
  "invites.request.intro":
    "Ask a customer to accept {partner} as its partner. Partner Center creates a personal link that works once and expires; send it from here or from your own mail app.",
  "invites.request.channelDirect":
    "When the customer accepts, {partner} gets a direct-bill reseller relationship: you can add products and subscriptions for the customer (R10).",
  "invites.request.channelIndirect":
    "When the customer accepts, {partner} gets an indirect reseller relationship (without a provider). Direct-bill purchasing doesn't apply to it (R10).",
  "invites.request.email": "Customer's email (optional)",
  "invites.request.emailHint":
    "The address of the customer's global admin. Without one you can still copy the draft and send it yourself.",
  "invites.request.days": "Link valid for (days)",
  "invites.request.daysHint": "From 1 to 90 days.",
  "invites.request.languageLabel": "Email language",
  "invites.request.language.en": "English",
  "invites.request.language.de": "German",
  "invites.request.check": "Check",
  "invites.request.create": "Create draft",
  "invites.request.sentRequests": "Sent requests",
  "invites.request.backToCustomers": "Back to Customers",
  "invites.request.emailInvalid": "Enter a valid email address, or leave the field empty.",
  "invites.request.daysInvalid": "Enter a number of days from 1 to 90.",
  "invites.request.localeInvalid": "Choose the email's language.",
  "invites.joint.title": "Invite new customers",
  "invites.joint.intro":
    "Invite a customer to work with {reseller} and its indirect provider {provider}. When the customer accepts, both relationships are created together, or neither (R8).",
  "invites.joint.channel":
    "Acceptance gives {reseller} and {provider} each an indirect reseller relationship with the customer, linked to each other.",
  "invites.joint.notReady": "{reseller} can't send joint invitations with {provider} yet:",
  "invites.joint.backToProviders": "Back to Indirect providers",
  "invites.preflight.passed": "All checks passed. Create the draft to get the personal link.",
  "invites.preflight.failed": "The invitation can't be created:",
  "invites.preflight.noAddress":
    "Without an email address, the checks about the customer (R1, R3, R4, existing relationship) run when the customer accepts.",
  "invites.preflight.noProgram": "{partner} isn't active in a partner program yet, so it can't have customers.",
  "invites.preflight.R5.account": "{reseller} has no account yet: it needs an active Global admin.",
  "invites.preflight.R5.approved_reseller_enrollment": "{reseller} has no approved indirect reseller enrollment.",
  "invites.preflight.R5.partner_agreement": "{reseller} hasn't accepted the current Partner Agreement.",
  "invites.preflight.duplicatePending":
    "a pending invitation to {email} already exists. Resend or revoke it under Sent requests.",
  "invites.preflight.duplicateExpired":
    "your invitation to {email} has expired but is still open. Resend or revoke it under Sent requests.",
  "invites.draft.title": "Your draft",
  "invites.draft.created":
    "The invitation is ready. Its personal link works once, until {date}. The link is shown only now: send or copy it before you leave this page.",
  "invites.draft.subject": "Subject",
  "invites.draft.text": "Email text",
  "invites.draft.textHint": "Edit the text as you like. The personal link is always added below it.",
  "invites.draft.link": "Personal link (always included)",
  "invites.draft.copy": "Copy",
  "invites.draft.copied": "Text and link copied",
  "invites.draft.openMail": "Open in mail app",
  "invites.draft.sendTitle": "Send through Partner Center",
  "invites.draft.to": "Customer's email",
  "invites.draft.send": "Send",
  "invites.draft.sent": "Sent to {email}. The email is on its way.",
  "invites.draft.done": "Done",
  "invites.draft.defaultText.request":
    "Hello,\n\n{inviter} would like to become your partner for {vendor} services. With a reseller relationship we can advise you, buy services for your organization and support you.\n\nPlease review the request with the personal link below. A global admin of your organization can accept it after signing in.\n\nKind regards,\n{sender}\n{inviter}",
  "invites.draft.defaultText.joint":
    "Hello,\n\n{inviter} and its indirect provider {coInviter} would like to become your partners for {vendor} services. {inviter} advises and supports you; {coInviter} provides the services.\n\nPlease review the request with the personal link below. A global admin of your organization can accept it after signing in.\n\nKind regards,\n{sender}\n{inviter}",
  "invites.sent.title": "Sent requests",
  "invites.sent.intro":
    "Reseller relationship requests and joint invitations of {partner}. Resend creates a new link (the old one stops working); Revoke withdraws a request.",
  "invites.sent.none": "No requests sent yet.",
  "invites.sent.count": "{count, plural, one {# request} other {# requests}}",
  "invites.sent.col.to": "Sent to",
  "invites.sent.col.type": "Type",
  "invites.sent.col.sentOn": "Sent on",
  "invites.sent.col.expires": "Expires",
  "invites.sent.col.state": "State",
  "invites.sent.col.actions": "Actions",
  "invites.sent.noAddress": "No address (link copied)",
  "invites.sent.type.request": "Reseller relationship request",
  "invites.sent.type.jointWith": "Joint invitation with {partner}",
  "invites.sent.type.jointBy": "Joint invitation by {partner} (read-only)",
  "invites.sent.state.PENDING": "Pending",
  "invites.sent.state.ACCEPTED": "Accepted",
  "invites.sent.state.EXPIRED": "Expired",
  "invites.sent.state.REVOKED": "Revoked",
  "invites.sent.state.DECLINED": "Declined",
  "invites.sent.acceptedBy": "by {customer}",
  "invites.sent.resentOn": "resent {date}",
  "invites.sent.refused": "refused: {rule} on {date}",
  "invites.sent.refusedReason.R1": "the customer is in another region",
  "invites.sent.refusedReason.R3": "a partner tenant can't be a customer",
  "invites.sent.refusedReason.R4": "a reseller can't be its own provider's customer",
  "invites.sent.refusedReason.R5": "the reseller isn't ready to transact",
  "invites.sent.refusedReason.EXISTING": "the relationship already exists",
  "invites.sent.resend": "Resend",
  "invites.sent.revoke": "Revoke",
  "invites.sent.resentEmailed": "New link created and emailed to {email}; the old link no longer works.",
  "invites.sent.resentCopy": "New link created; the old link no longer works. Copy it and send it to the customer.",
  "invites.sent.newLink": "New personal link",
  "invites.sent.revoked": "The request was revoked; its link no longer works.",
  // ── end H3a ──
  // ── H3b: customer side (landing page, Accept / Decline, customer account, notices) in invites-landing-en.ts ──
  ...invitesLandingEn,
} as const;

export type InvitesMessageKey = keyof typeof invitesEn;
