// English strings of the enrollment wizard, the verify-email page and the enrollment status
// (spread into en.ts). German in enroll-de.ts must have every key.
export const enrollEn = {
  "enroll.program.INDIRECT_RESELLER": "indirect reseller",
  "enroll.program.INDIRECT_PROVIDER": "indirect provider",
  "enroll.program.DIRECT_BILL": "direct-bill partner",
  "enroll.programTitle.INDIRECT_RESELLER": "Enroll as an indirect reseller",
  "enroll.programTitle.INDIRECT_PROVIDER": "Enroll as an indirect provider",
  "enroll.programTitle.DIRECT_BILL": "Enroll as a direct-bill partner",
  "enroll.programIntro.INDIRECT_RESELLER":
    "Indirect resellers sell cloud services to their customers through an indirect provider, who handles billing, support and ordering.",
  "enroll.programIntro.INDIRECT_PROVIDER":
    "Indirect providers (distributors) buy cloud services from the vendor and offer them, with billing and support, to a network of indirect resellers.",
  "enroll.programIntro.DIRECT_BILL":
    "Direct-bill partners buy cloud services directly from the vendor and bill and support their customers themselves.",

  "enroll.chooser.title": "Enroll as a partner",
  "enroll.chooser.intro":
    "Choose the program you want to join. You enroll in one program at a time; an organization already in one program adds another with only the missing details.",
  "enroll.chooser.haveAccount": "Already have a Partner Center account?",

  "enroll.steps.label": "Enrollment steps",
  "enroll.steps.welcome": "Welcome",
  "enroll.steps.account": "Work account",
  "enroll.steps.pnId": "PN ID",
  "enroll.steps.details": "Organization details",
  "enroll.steps.verify": "Verify email",
  "enroll.steps.done": "done",
  "enroll.pageTitle.welcome": "Enroll: Welcome",
  "enroll.pageTitle.account": "Enroll: Work account",
  "enroll.pageTitle.createAccount": "Enroll: Create a work account",
  "enroll.pageTitle.details": "Enroll: Organization details",
  "enroll.pageTitle.profile": "Enroll: Organization profile",
  "enroll.pageTitle.pnId": "Enroll: Partner Network ID",
  "enroll.pageTitle.verify": "Enroll: Verify your email",

  "enroll.welcome.title": "Welcome",
  "enroll.welcome.beforeYouBegin": "Before you begin",
  "enroll.welcome.gather":
    "You'll need the following during enrollment. You may want to take a few minutes to gather them before you start:",
  "enroll.welcome.workAccount.title": "Global administrator credentials for your work account",
  "enroll.welcome.workAccount.body":
    "The email and password you use to sign in as a Global admin of your organization's work account. If you don't have a work account, you can create one during enrollment.",
  "enroll.welcome.membership.title": "The email and password of your partner membership directory account",
  "enroll.welcome.membership.body":
    "We use it to link your organization's Partner Network ID (PN ID) with your new Partner Center account, so that you can manage your {vendor} membership benefits here.",
  "enroll.welcome.details.title":
    "Your organization's legal business name, address, primary contact and support details",
  "enroll.welcome.details.body":
    "We need them to confirm that your organization has an established profile with {vendor} and that you are authorized to act on its behalf.",
  "enroll.welcome.reviewTime":
    "It can take several days to review and verify the information you provide. We'll email your primary contact when the review is complete.",
  "enroll.welcome.otherProgram": "Choose another program",

  "enroll.transition.title": "Enroll as indirect reseller with your existing tenant",
  "enroll.transition.intro":
    "{organization} is a direct-bill partner identified for the move to indirect reseller. Your indirect reseller business will use the same work account (tenant) as your direct business.",
  "enroll.transition.step.current": "Make sure your partner profile and PN ID are current.",
  "enroll.transition.step.globalAdmin": "Continue as a Global admin of your direct-bill tenant.",
  "enroll.transition.step.review":
    "Review your partner details on the enrollment form and select Enroll now. After approval, accept the indirect reseller agreement on the Overview.",
  "enroll.transition.noRollbackTitle": "There is no rollback",
  "enroll.transition.noRollback":
    "Once your organization is enrolled as indirect reseller with its direct-bill tenant, the indirect reseller capabilities can't be removed. Be certain before you proceed.",

  "enroll.account.title": "Sign in with your work account",
  "enroll.account.intro":
    "Sign in as a Global admin of your organization's work account, or create a work account now.",
  "enroll.account.haveOne": "I have a work account",
  "enroll.account.haveOneBody": "Sign in with the email and password of a Global admin of your organization.",
  "enroll.account.noAccount": "I don't have a work account",
  "enroll.account.noAccountBody": "Create a work account for your organization. You become its Global admin.",
  "enroll.account.createOne": "Create one",
  "enroll.account.signedInAs": "You're signed in as {name} ({email}) of {organization}.",
  "enroll.account.useAnother": "Sign in with another account",
  "enroll.account.cannotContinue": "You can't continue with this account",
  "enroll.account.domainInvalid": "Enter a domain name like fabrikam.com, without http:// or an @.",
  "enroll.account.domainWebmail": "Use your organization's own domain, not a web-based mail service's.",
  "enroll.account.domainTaken": "A work account with this primary domain exists already. Sign in with it instead.",
  "enroll.account.emailDomain": "Use an email address at the primary domain you entered.",
  "enroll.account.emailTaken": "An account with this email address exists already. Sign in with it instead.",
  "enroll.account.rateLimited": "Too many attempts. Wait {minutes} min and try again.",

  "enroll.create.title": "Create a work account",
  "enroll.create.intro":
    "Your organization's work account holds its users. You become its Global admin and Admin agent, and you'll be signed in right away.",
  "enroll.create.organizationSection": "Your organization",
  "enroll.create.organizationName": "Organization name",
  "enroll.create.domain": "Primary domain",
  "enroll.create.domainHint": "Your organization's internet domain, for example fabrikam.com. It must be unique.",
  "enroll.create.country": "Country or region",
  "enroll.create.countryHint":
    "Where your organization is registered. Your PN ID's organization profile must be in the same country (R13).",
  "enroll.create.adminSection": "Your Global admin account",
  "enroll.create.adminName": "Your full name",
  "enroll.create.email": "Your email address",
  "enroll.create.emailHint": "An address at the primary domain, for example you@fabrikam.com. You sign in with it.",
  "enroll.create.password": "Password",
  "enroll.create.confirmPassword": "Confirm password",
  "enroll.create.submit": "Create account and continue",

  "enroll.pnId.title": "Link your Partner Network ID",
  "enroll.pnId.explanation":
    "We link your organization's Partner Network ID (PN ID) with your new Partner Center account, so that you can manage your {vendor} membership benefits and incentives here. Sign in to the partner membership directory, where you manage your partner account today, to retrieve your PN ID.",
  "enroll.pnId.countryNote":
    "Choose the PN ID of an active organization profile in the same country or region as the work account of {organization}.",
  "enroll.membership.title": "Sign in to the partner membership directory",
  "enroll.membership.intro": "Use your membership directory account, not your work account.",
  "enroll.membership.email": "Membership account email",
  "enroll.membership.password": "Membership account password",
  "enroll.membership.invalid": "The membership account email or password is incorrect.",
  "enroll.membership.rateLimited": "Too many sign-in attempts. Wait {minutes} min and try again.",
  "enroll.membership.alreadyLinked":
    "Your organization's PN ID is linked already; continue with the organization details.",
  "enroll.membership.signInAgain": "Sign in to the partner membership directory again.",

  "enroll.profiles.title": "Choose your organization profile",
  "enroll.profiles.intro":
    "Organization profiles of the membership account {email}. Select the PN ID that's linked to your incentives, membership benefits and competencies. Only active profiles in {country} can be chosen.",
  "enroll.profiles.legend": "Organization profiles",
  "enroll.profiles.pnId": "PN ID",
  "enroll.profiles.active": "active",
  "enroll.profiles.inactive": "inactive",
  "enroll.profiles.none": "This membership account has no organization profiles.",
  "enroll.profiles.cancelHint":
    "If the PN ID you want isn't listed, select Cancel and sign in with the membership account of that organization profile.",
  "enroll.profiles.chooseOne": "Choose one of the listed organization profiles.",

  "enroll.r12.webmail": "{domain} is a web-based mail service; use an address at your organization.",
  "enroll.r12.webmailField": "{domain} is a web-based mail service; use an address at your organization.",
  "enroll.r13.inactive": "inactive",
  "enroll.r13.country": "in {profileCountry}; your tenant is in {tenantCountry}",
  "enroll.r13.linked": "already linked to another partner organization",
  "enroll.r13.addressCountry": "the legal address must be in {country}, the country of your work account and PN ID.",
  "enroll.r13.addressCountryField": "The legal address must be in your work account's country.",
  "enroll.r14.notEligible":
    "{organization} is a direct-bill partner that isn't marked eligible for the move to indirect reseller.",
  "enroll.r14.notEligibleNext":
    "Only partners the vendor identified for direct-bill offboarding can enroll with their direct-bill tenant.",
  "enroll.refused.customerTenant":
    "You're signed in with an account of {organization}, a customer organization. Only a partner work account can enroll: sign in with another account, or create one.",
  "enroll.refused.notGlobalAdmin":
    "Only a Global admin of {organization} can enroll it, and {email} isn't one. Ask a Global admin to enroll, or sign in with another account.",
  "enroll.refused.alreadyEnrolled": "Your organization has already enrolled as {program}. See its status.",
  "enroll.refused.noDraft": "Start the enrollment from its Welcome page.",

  "enroll.details.title": "Organization details",
  "enroll.details.intro":
    "Provide your organization's legal business profile, primary contact and customer-support details, then select Enroll now.",
  "enroll.details.introExisting":
    "Your organization is enrolled in another program already: review its details and give the customer-support details for this program, then select Enroll now.",
  "enroll.details.introTransition":
    "Review your partner details and the customer-support details, then select Enroll now. Your indirect reseller business will use your existing direct-bill tenant.",
  "enroll.details.existingTitle": "Your partner profile",
  "enroll.details.changeInProfile":
    "To change these details, a Global admin edits them under Settings → Partner profile.",
  "enroll.details.linkedPnId": "PN ID {pnId} ({name}) will be linked to your account.",
  "enroll.details.pnId": "PN ID",
  "enroll.details.address": "Address",
  "enroll.details.primaryContact": "Primary contact",
  "enroll.details.legalSection": "Legal business profile",
  "enroll.details.legalName": "Legal business name",
  "enroll.details.addressLine1": "Address line 1",
  "enroll.details.addressLine2": "Address line 2",
  "enroll.details.city": "City",
  "enroll.details.postalCode": "Postal code",
  "enroll.details.country": "Country or region",
  "enroll.details.contactSection": "Primary contact",
  "enroll.details.contactIntro":
    "The person we contact about your application: you or someone else in your organization. We email them to verify the address and send enrollment status updates.",
  "enroll.details.contactName": "Contact name",
  "enroll.details.contactEmail": "Contact email",
  "enroll.details.contactEmailHint":
    "An address at your organization: web-based mail services such as Gmail, Yahoo! Mail, iCloud Mail, AOL Mail or Outlook.com aren't accepted (R12).",
  "enroll.details.contactPhone": "Contact phone",
  "enroll.details.supportSection": "Customer-support details",
  "enroll.details.supportIntro": "How your customers reach your support.",
  "enroll.details.supportEmail": "Support email",
  "enroll.details.supportPhone": "Support phone",
  "enroll.details.supportWebsite": "Support website",
  "enroll.details.supportWebsiteHint": "For example https://support.fabrikam.com",
  "enroll.details.confirmNoRollback":
    "I understand that enrolling as indirect reseller with our direct-bill tenant can't be undone.",
  "enroll.details.confirmNoRollbackRequired": "Confirm that you understand the move can't be undone (R14).",
  "enroll.details.submit": "Enroll now",

  "enroll.field.required": "Fill in this field.",
  "enroll.field.optional": "optional",
  "enroll.field.tooLong20": "Use at most 20 characters.",
  "enroll.field.tooLong40": "Use at most 40 characters.",
  "enroll.field.tooLong100": "Use at most 100 characters.",
  "enroll.field.tooLong200": "Use at most 200 characters.",
  "enroll.field.tooLong253": "Use at most 253 characters.",
  "enroll.field.tooLong254": "Use at most 254 characters.",
  "enroll.field.tooLong300": "Use at most 300 characters.",
  "enroll.field.controlCharacters": "Remove the control characters (such as tabs or line breaks).",
  "enroll.field.emailInvalid": "Enter a valid email address, like name@fabrikam.com.",
  "enroll.field.phoneInvalid":
    "Enter a phone number with at least 5 digits, using only digits, spaces and + ( ) - . /, like +49 30 1234567.",
  "enroll.field.websiteInvalid":
    "Enter a web address that starts with https:// or http://, like https://support.fabrikam.com.",
  "enroll.field.postalCodeInvalid": "Use only letters, digits, spaces and hyphens.",
  "enroll.field.countryInvalid": "Choose a country or region from the list.",
  "enroll.field.chooseCountry": "Choose…",

  "enroll.submitted.verifyTitle": "Verify your email",
  "enroll.submitted.verifyBody":
    "Thank you! We sent a verification link to the primary contact, {email}. The review of your enrollment starts once the address is verified.",
  "enroll.submitted.verifyExpiry":
    "The link expires in {days, plural, one {# day} other {# days}}. If it doesn't arrive, check the spam folder or send it again.",
  "enroll.submitted.reviewTitle": "Your enrollment is in review",
  "enroll.submitted.reviewBody": "Thank you! We'll email the primary contact, {email}, when the review is complete.",
  "enroll.submitted.resend": "Send the link again",
  "enroll.submitted.resent": "A new verification link is on its way to {email}. Earlier links no longer work.",
  "enroll.submitted.resendWait": "A link was sent a moment ago. Wait a minute before sending another.",
  "enroll.submitted.alreadyVerified": "The primary contact's email address is verified already.",

  "enroll.status.title": "Enrollment status",
  "enroll.status.link": "View enrollment status",
  "enroll.status.current": "Status",
  "enroll.status.AWAITING_EMAIL_VERIFICATION": "Waiting for email verification",
  "enroll.status.IN_REVIEW": "In review",
  "enroll.status.APPROVED": "Approved",
  "enroll.status.REJECTED": "Rejected",
  "enroll.status.viaTransition": "move from direct bill (R14)",
  "enroll.status.none": "Your organization hasn't enrolled in a program yet.",
  "enroll.status.noAccess":
    "Only a Global admin or a user who may view the partner profile sees the enrollment status.",
  "enroll.status.drafts": "Enrollments in progress",
  "enroll.status.draftSaved": "last saved {date}",
  "enroll.status.otherPrograms": "Enroll in another program",
  "enroll.status.toPortal": "Go to Partner Center",
  "enroll.timeline.label": "Timeline",
  "enroll.timeline.submitted": "Submitted",
  "enroll.timeline.emailVerified": "Primary contact email verified",
  "enroll.timeline.waitingFor": "Waiting for {email} to follow the verification link.",
  "enroll.timeline.inReview": "In review",
  "enroll.timeline.approved": "Approved",
  "enroll.timeline.rejected": "Rejected",
  "enroll.timeline.reason": "Reason: {reason}",
  "enroll.timeline.pending": "pending",
  "enroll.timeline.done": "done",

  "enroll.verifyEmail.title": "Verify your email address",
  "enroll.verifyEmail.intro":
    "Confirm that this email address belongs to you and your organization, and that you signed up for a Partner Center account. The review of the enrollment starts once it is verified.",
  "enroll.verifyEmail.submit": "Verify email address",
  "enroll.verifyEmail.verified":
    "Thank you: {email} is verified as the primary contact of {organization}. The review of the enrollment has started; we'll email you when it's complete.",
  "enroll.verifyEmail.statusLink": "View enrollment status",
  "enroll.verifyEmail.unknown.title": "This link doesn't work.",
  "enroll.verifyEmail.unknown.body":
    "Check that you opened the whole link from the email. A Global admin can send a new one from the enrollment status page.",
  "enroll.verifyEmail.used.title": "This link was used already.",
  "enroll.verifyEmail.used.body":
    "Each verification link works once. If the address is verified, nothing else is needed.",
  "enroll.verifyEmail.expired.title": "This link has expired.",
  "enroll.verifyEmail.expired.body":
    "Verification links expire after 7 days, and a newer link replaces older ones. A Global admin can send a new link from the enrollment status page.",
  "enroll.verifyEmail.stale.title": "This link is no longer valid.",
  "enroll.verifyEmail.stale.body": "The address is no longer the organization's primary contact email.",

  "audit.action.tenant.created": "Work account created",
  "audit.action.enrollment.submitted": "Enrollment submitted",
  "audit.action.enrollment.email_verified": "Primary contact email verified",
  "audit.target.tenant": "Work account",
  "audit.target.enrollment": "Enrollment",
} as const;

export type EnrollMessageKey = keyof typeof enrollEn;
