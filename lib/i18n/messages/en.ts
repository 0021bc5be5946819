// English UI strings. Keys are grouped by page; de.ts must provide every key.
import { auditEn } from "./audit-en";
import { enrollEn } from "./enroll-en";
import { profileEn } from "./profile-en";
import { reviewEn } from "./review-en";
import { usersEn } from "./users-en";
import { partnershipsEn } from "./partnerships-en";
import { providersEn } from "./providers-en";
import { supportEn } from "./support-en";
import { invitesEn } from "./invites-en";
import { customersEn } from "./customers-en";
import { rulesEn } from "./rules-en";
import { errorsEn } from "./errors-en";
import { shellEn } from "./shell-en";
import { unavailableEn } from "./unavailable-en";
import { jobsEn } from "./jobs-en";
import { emailsEn } from "./emails-en";
import { uiEn } from "./ui-en";
import { confirmEn } from "./confirm-en";
import { overviewEn } from "./overview-en";

export const en = {
  "app.name": "Partner Center",
  "app.skipToContent": "Skip to main content",
  "common.save": "Save",
  "common.cancel": "Cancel",
  "common.next": "Next",
  "common.back": "Back",
  "common.continue": "Continue",
  "common.done": "Done",
  "common.copy": "Copy",
  "common.copied": "Copied",
  "common.language": "Language",
  "common.notFoundTitle": "Page not found",
  "common.notFoundBody": "The page doesn't exist, or you don't have access to it.",
  "common.backToOverview": "Back to Overview",
  "common.fixFields": "Please correct the highlighted fields.",
  "common.unexpectedError": "Something went wrong on our side. Nothing was changed; please try again.",
  "common.badRequest": "The request could not be read. Reload the page and try again.",
  "common.pages": "Pages",
  "common.previous": "Previous",
  "common.pageOf": "Page {page} of {pages}",
  "common.yes": "Yes",
  "common.no": "No",

  "signIn.title": "Sign in",
  "signIn.intro": "Sign in with your work account.",
  "signIn.email": "Email",
  "signIn.password": "Password",
  "signIn.submit": "Sign in",
  "signIn.invalid": "The email or password is incorrect.",
  "signIn.rateLimited": "Too many attempts. Wait {minutes} min and try again.",
  "signIn.tempExpired": "Your temporary password has expired. Ask your administrator for a new one.",
  "signIn.enroll": "Enroll as a partner",
  "signIn.noAccount": "New to the program?",
  "signIn.operatorLink": "Operator console",
  "signIn.signedOut": "You have been signed out.",

  "password.title": "Change your password",
  "password.intro": "You signed in with a temporary password. Choose a new password before you continue.",
  "password.introVoluntary": "Choose a new password. You will stay signed in here; other sessions end.",
  "password.current": "Current password",
  "password.new": "New password",
  "password.confirm": "Confirm new password",
  "password.rules": "At least {min} characters, at most 128. A long phrase is easiest to remember.",
  "password.submit": "Change password",
  "password.wrongCurrent": "The current password is incorrect.",
  "password.mismatch": "The passwords don't match.",
  "password.sameAsOld": "Choose a password different from your current one.",
  "password.too_short": "Use at least {min} characters.",
  "password.too_long": "Use at most 128 characters.",
  "password.required": "Enter the password.",
  "password.common": "This password is too common. Choose another.",
  "password.contains_identity": "Don't build the password from your name or email.",

  "nav.label": "Main navigation",
  "nav.overview": "Overview",
  "nav.customers": "Customers",
  "nav.indirectProviders": "Indirect providers",
  "nav.indirectResellers": "Indirect resellers",
  "nav.settings": "Settings",
  "nav.userManagement": "User management",
  "nav.partnerProfile": "Partner profile",
  "nav.auditLog": "Audit log",
  "nav.support": "Support",
  "nav.account": "Your account",
  "nav.signOut": "Sign out",
  "nav.signOutEverywhere": "Sign out everywhere",
  "nav.signedInAs": "Signed in as {name}",
  "nav.mailbox": "Mailbox (development)",

  "overview.title": "Overview",
  "overview.organization": "Organization",
  "overview.domain": "Primary domain",
  "overview.country": "Country",
  "overview.region": "Region",
  "overview.pnId": "PN ID",
  "overview.programs": "Programs",
  "overview.program": "Program",
  "overview.status": "Status",
  "overview.since": "Since",
  "overview.noPrograms": "Your organization isn't enrolled in a program yet.",
  "overview.agreement": "Partner Agreement",
  "overview.agreementAccepted": "Version {version} accepted on {date} by {name}.",
  "overview.agreementMissing":
    "Not accepted yet. A Global admin must accept the current Partner Agreement (version {version}) before you can transact.",
  "overview.pendingSteps": "Pending steps",
  "overview.verifyEmail": "Your primary contact must verify the email address we sent a link to.",
  "overview.noAccessTitle": "You don't have access yet",
  "overview.noAccessBody":
    "Your account has no agent role and no admin role, so there is nothing you can open in Partner Center. Ask a Global admin or User management admin of {organization} to assign you a role (for example Admin agent, Sales agent or Helpdesk agent).",
  "overview.customerTitle": "Your organization",
  "overview.customerPartners": "Partners with a reseller relationship",
  "overview.customerNoPartners": "No partner has a reseller relationship with your organization.",
  "overview.yourRoles": "Your roles",

  "program.DIRECT_BILL": "Direct-bill partner",
  "program.INDIRECT_PROVIDER": "Indirect provider",
  "program.INDIRECT_RESELLER": "Indirect reseller",
  "enrollment.AWAITING_EMAIL_VERIFICATION": "Waiting for email verification",
  "enrollment.IN_REVIEW": "In review",
  "enrollment.APPROVED": "Approved",
  "enrollment.REJECTED": "Rejected",

  "role.ADMIN_AGENT": "Admin agent",
  "role.SALES_AGENT": "Sales agent",
  "role.HELPDESK_AGENT": "Helpdesk agent",
  "role.NO_AGENT": "No agent",
  "role.GLOBAL_ADMIN": "Global admin",
  "role.USER_MANAGEMENT_ADMIN": "User management admin",
  "role.NO_ADMIN": "No admin",

  "region.EUROPE": "Europe",
  "region.NORTH_AMERICA": "North America",
  "region.LATIN_AMERICA": "Latin America",
  "region.ASIA_PACIFIC": "Asia Pacific",
  "region.MIDDLE_EAST_AFRICA": "Middle East & Africa",

  "operator.title": "Operator console",
  "operator.signInTitle": "Operator sign in",
  "operator.signInIntro": "For the vendor's platform operators. Partner accounts can't sign in here.",
  "operator.sections": "Console sections",
  "operator.summary": "Program at a glance",
  "operator.partners": "Partner organizations",
  "operator.inReview": "Enrollments in review",
  "operator.openSupport": "Open support requests",
  "operator.deadEmails": "Undeliverable emails",
  "operator.customers": "Customer organizations",
  ...usersEn,
  ...auditEn,
  ...profileEn,
  ...reviewEn,
  ...enrollEn,
  ...partnershipsEn,
  ...providersEn,
  ...supportEn,
  ...invitesEn,
  ...customersEn,
  ...rulesEn,
  ...errorsEn,
  ...shellEn,
  ...unavailableEn,
  ...jobsEn,
  ...emailsEn,
  ...uiEn,
  ...confirmEn,
  ...overviewEn,
} as const;

export type MessageKey = keyof typeof en;
