// The confirm dialogs (components/ui/confirm-dialog.tsx): what a destructive or irreversible action
// will do, in a sentence, before it runs. Read in client components too (lib/i18n/client-messages.ts).
export const confirmEn = {
  "confirm.revokeInvitation.title": "Revoke this invitation?",
  "confirm.revokeInvitation.body":
    "The link sent to {email} stops working at once and nobody can accept it any more. To invite again, you send a new invitation.",
  "confirm.revokeInvitation.bodyNoAddress":
    "The invitation's link stops working at once and nobody can accept it any more. To invite again, you send a new invitation.",
  "confirm.revokeInvitation.submit": "Revoke invitation",
  "confirm.declineRequest.title": "Decline the request from {partner}?",
  "confirm.declineRequest.body":
    "{partner} is told that {organization} declined, and this link stops working. You can't accept it later; {partner} would have to send a new request.",
  "confirm.declineRequest.submit": "Decline request",
  "confirm.resetPassword.title": "Reset the password of {name}?",
  "confirm.resetPassword.body":
    "The current password of {name} stops working and every session of theirs ends at once. You get a temporary password to pass on; they must change it at their next sign-in.",
  "confirm.resetPassword.submit": "Reset password",
  "confirm.disableUser.title": "Disable {name}?",
  "confirm.disableUser.body":
    "{name} is signed out on every device at once and can't sign in until an administrator enables the account again. Roles and history are kept.",
  "confirm.disableUser.submit": "Disable user",
  "confirm.removeUser.title": "Remove {name}?",
  "confirm.removeUser.body":
    "{name} ({email}) loses access at once: every session ends and the account is deleted from your organization. This can't be undone; the audit log keeps who it was.",
  "confirm.removeUser.submit": "Remove user",
  "confirm.endRelationship.title": "End the relationship between {provider} and {reseller}?",
  "confirm.endRelationship.body":
    "The two partners stop working together as indirect provider and indirect reseller at once, and both primary contacts get an email with your reason. Existing customer relationships stay. This can't be undone: working together again needs a new invitation.",
  "confirm.endRelationship.submit": "End relationship",
  "confirm.rejectEnrollment.title": "Reject the enrollment of {organization}?",
  "confirm.rejectEnrollment.body":
    "The enrollment ends as rejected and the primary contact gets an email with your reason. This decision can't be changed afterwards.",
  "confirm.rejectEnrollment.submit": "Reject enrollment",
  "confirm.closeSupportRequest.title": "Close this support request?",
  "confirm.closeSupportRequest.body":
    "Nobody can reply to “{subject}” any more and it can't be reopened; the partner would have to create a new request.",
  "confirm.closeSupportRequest.submit": "Close request",
  "confirm.acceptTransition.title": "Accept the indirect reseller agreement?",
  "confirm.acceptTransition.body":
    "{name} becomes an indirect reseller at once. There is no rollback: this can't be undone later.",
  "confirm.signOutEverywhere.title": "Sign out everywhere?",
  "confirm.signOutEverywhere.body":
    "Every session of your account ends at once, on every device, this one included. You then sign in again.",
  "confirm.signOutEverywhere.submit": "Sign out everywhere",
} as const;
