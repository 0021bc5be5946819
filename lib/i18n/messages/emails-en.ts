// English texts of the transactional emails (emails/, SPEC §5), spread into en.ts. German in emails-de.ts
// must have every key. Values are plain text: the layout escapes them in HTML.
export const emailsEn = {
  "emails.layout.footer":
    "This message was sent by Partner Center for the {vendor} partner program. Please do not reply to this email.",
  "emails.layout.linkFallback": "If the button does not work, copy this link into your browser:",
  "emails.common.greeting": "Hello,",
  "emails.common.greetingNamed": "Hello {name},",
  "emails.common.linkExpiry": "{days, plural, one {The link expires in # day.} other {The link expires in # days.}}",
  "emails.common.personalLink":
    "This link is personal; please do not forward it. If you did not expect this email, you can ignore it.",
  "emails.common.program":
    "{program, select, DIRECT_BILL {direct-bill partner} INDIRECT_PROVIDER {indirect provider} other {indirect reseller}}",
  "emails.common.messageFrom": "Message from {name}",
  "emails.common.reason": "Reason",
  "emails.common.openPartnerCenter": "Open Partner Center",

  "emails.userAdded.subject": "Your Partner Center account at {organization}",
  "emails.userAdded.heading": "Welcome to Partner Center",
  "emails.userAdded.created":
    "An account was created for you at {organization}. You sign in with this email address: {email}",
  "emails.userAdded.password":
    "Your administrator gives you the temporary password. You choose your own password when you first sign in.",
  "emails.userAdded.action": "Sign in",
  "emails.userAdded.note": "If you did not expect this email, contact your organization's administrator.",

  "emails.contactVerification.subject": "Verify your email address for {organization}",
  "emails.contactVerification.heading": "Verify your email address",
  "emails.contactVerification.named":
    "You were named the primary contact of {organization} in its enrollment in the {vendor} partner program.",
  "emails.contactVerification.confirm":
    "Please confirm this email address. The review of the enrollment starts once it is verified.",
  "emails.contactVerification.action": "Verify email address",

  "emails.contactEmailChanged.subject": "The primary contact email of {organization} is being changed",
  "emails.contactEmailChanged.heading": "Your primary contact email is being changed",
  "emails.contactEmailChanged.askedBy":
    "{changedBy} asked to change the primary contact email of {organization} in the {vendor} partner program to {newEmail}.",
  "emails.contactEmailChanged.asked":
    "Someone asked to change the primary contact email of {organization} in the {vendor} partner program to {newEmail}.",
  "emails.contactEmailChanged.until":
    "This address stays the primary contact until the new address is verified. Once it is verified, program emails go to the new address.",
  "emails.contactEmailChanged.action": "Open the partner profile",
  "emails.contactEmailChanged.note":
    "If you did not expect this change, contact a Global admin of your organization in Partner Center right away.",

  "emails.enrollmentStatus.subject": "Enrollment update for {organization}: {status}",
  "emails.enrollmentStatus.heading": "Your enrollment status changed",
  "emails.enrollmentStatus.body": "The enrollment of {organization} as {program} is now: {status}.",
  "emails.enrollmentStatus.action": "View enrollment status",

  "emails.enrollmentApproved.subject": "{organization} is approved as {program}",
  "emails.enrollmentApproved.heading": "Your enrollment is approved",
  "emails.enrollmentApproved.body":
    "Congratulations! The enrollment of {organization} as {program} in the {vendor} partner program was approved.",
  "emails.enrollmentApproved.next":
    "Sign in to Partner Center to see your next steps, such as accepting the Partner Agreement.",

  "emails.resellerInvitation.subject": "{provider} invites you to authorize it as your indirect provider",
  "emails.resellerInvitation.heading": "Invitation from an indirect provider",
  "emails.resellerInvitation.body":
    "{provider} invites your organization to work with it as your indirect provider in the {vendor} partner program.",
  "emails.resellerInvitation.who":
    "A global admin of your organization can review the invitation and authorize the provider after signing in to Partner Center.",
  "emails.resellerInvitation.action": "Review the invitation",

  "emails.customerInvitation.subject": "{partner} asks to become your cloud partner",
  "emails.customerInvitation.subjectJoint": "{partner} and {provider} ask to become your cloud partners",
  "emails.customerInvitation.heading": "Request for a reseller relationship",
  "emails.customerInvitation.body":
    "{partner} would like to establish a reseller relationship with your organization for {vendor} services.",
  "emails.customerInvitation.bodyJoint":
    "{partner} and its indirect provider {provider} would like to establish a reseller relationship with your organization for {vendor} services.",
  "emails.customerInvitation.who":
    "A global admin of your organization can review and accept the request after signing in.",
  "emails.customerInvitation.action": "Review the request",

  "emails.relationshipNotice.authorizedSubject": "{counterpart} authorized {organization} as indirect provider",
  "emails.relationshipNotice.authorizedHeading": "You were authorized as indirect provider",
  "emails.relationshipNotice.authorizedBody":
    "{counterpart} accepted your invitation and authorized {organization} as its indirect provider.",
  "emails.relationshipNotice.authorizedAction": "View indirect resellers",
  "emails.relationshipNotice.endedSubject": "The relationship between {organization} and {counterpart} has ended",
  "emails.relationshipNotice.endedHeading": "A relationship has ended",
  "emails.relationshipNotice.endedBody":
    "{vendor} support ended the provider–reseller relationship between {organization} and {counterpart}.",
  "emails.relationshipNotice.endedHistory": "Its history stays available in Partner Center.",

  "emails.invitationUpdate.what":
    "{invitationKind, select, RESELLER_PARTNERSHIP {invitation to become your indirect reseller} CUSTOMER_JOINT {joint invitation of {partner} and {provider}} other {request for a reseller relationship}}",
  "emails.invitationUpdate.someProvider": "its indirect provider",
  "emails.invitationUpdate.someInvitee": "the invitee",
  "emails.invitationUpdate.acceptedSubject": "{who} accepted your {what}",
  "emails.invitationUpdate.acceptedHeading": "Invitation accepted",
  "emails.invitationUpdate.acceptedBody":
    "{invitationKind, select, CUSTOMER_JOINT {{who} accepted the {what}. {partner} and {provider} now each have a reseller relationship with {who}.} other {{who} accepted your {what}. {partner} now has a reseller relationship with {who}.}}",
  "emails.invitationUpdate.acceptedAction": "View customers",
  "emails.invitationUpdate.declinedSubject": "{who} declined your {what}",
  "emails.invitationUpdate.declinedHeading": "Invitation declined",
  "emails.invitationUpdate.declinedBody": "{who} declined your {what}. The link no longer works.",
  "emails.invitationUpdate.refusedSubject": "Your {what} could not be accepted",
  "emails.invitationUpdate.refusedHeading": "Acceptance refused by a rule",
  "emails.invitationUpdate.refusedBody": "{who} tried to accept your {what}, and Partner Center refused it.",
  "emails.invitationUpdate.refusedLink":
    "The link stays valid until it expires or you revoke it. We tell you about further refusals at most once a day.",
  "emails.invitationUpdate.expiredSubject": "Your {what} expired unused",
  "emails.invitationUpdate.expiredHeading": "Invitation expired",
  "emails.invitationUpdate.expiredBody": "Your {what} to {who} expired before anyone accepted it.",
  "emails.invitationUpdate.expiredResend": "You can resend it from Partner Center with a new link.",

  "emails.supportReply.subject": "Reply to your support request: {request}",
  "emails.supportReply.heading": "Your support request has a reply",
  "emails.supportReply.body": "{vendor} support replied to your request “{request}”.",
  "emails.supportReply.reply": "Reply",
  "emails.supportReply.action": "View the request",
} as const;
