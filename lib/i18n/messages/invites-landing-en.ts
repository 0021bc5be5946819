// English strings of the customer side of customer invitations (spread into invites-en.ts): the
// landing page, Accept / Decline, "Create a customer account", state notices, and the customer's
// partner list on its Overview. German in invites-landing-de.ts must have every key.
export const invitesLandingEn = {
  "invites.landing.title": "Reseller relationship request",
  "invites.landing.intro": "{partner} asks your organization for a reseller relationship.",
  "invites.landing.introJoint":
    "{partner} and its indirect provider {provider} ask your organization for a reseller relationship.",
  "invites.landing.whoAsks": "Who asks",
  "invites.landing.rolePartner": "Partner",
  "invites.landing.roleReseller": "Indirect reseller",
  "invites.landing.roleProvider": "Its indirect provider",
  "invites.landing.country": "Country",
  "invites.landing.pnId": "PN ID",
  "invites.landing.support": "Support",
  "invites.landing.messageTitle": "Message from {partner}",
  "invites.landing.grantTitle": "What you grant when you accept",
  "invites.landing.grantReseller": "{partner} becomes a reseller of your organization.",
  "invites.landing.grantManage": "{partner} may manage subscriptions and services on behalf of your organization.",
  "invites.landing.grantDirectBill":
    "As a direct-bill partner, {partner} may also buy products and subscriptions for your organization.",
  "invites.landing.grantJointReseller":
    "{partner} becomes a reseller of your organization, as indirect reseller of {provider}.",
  "invites.landing.grantJointProvider":
    "{provider} gets a reseller relationship with your organization too: both relationships are created together, or neither.",
  "invites.landing.grantJointManage":
    "{partner} and {provider} may manage subscriptions and services on behalf of your organization.",
  "invites.landing.grantOthersStay": "Your relationships with other partners stay as they are.",
  "invites.landing.howTitle": "Accept as your organization's Global admin",
  "invites.landing.howBody":
    "Only a Global admin of your organization's customer work account can accept. Sign in, or create a customer account for your organization if it doesn't have one.",
  "invites.landing.signIn": "Sign in",
  "invites.landing.createAccount": "Create a customer account",
  "invites.landing.expires": "This link works once and expires on {date}.",
  "invites.landing.useAnother": "Sign in with another account",
  "invites.landing.partnerTenantTitle": "{organization} can't accept this request",
  "invites.landing.partnerTenantAdvice":
    "You're signed in with a partner organization's account. Sign in with the Global admin of your separate customer tenant, or create a customer account for it.",
  "invites.landing.notGlobalAdminTitle": "Only a Global admin can accept",
  "invites.landing.notGlobalAdminBody":
    "Only a Global admin of {organization} can accept or decline this request. Ask one of them to open the link: {names}.",
  "invites.landing.wrongTenantTitle": "Signed in to the wrong organization",
  "invites.landing.wrongTenantBody":
    "you are signed in to {tenant}, which is not the organization this request was sent to. Sign out and sign in with a work account of the invited organization.",
  "invites.landing.signOutSignIn": "Sign out and sign in again",
  "invites.landing.decideTitle": "Your decision",
  "invites.landing.decideBody": "You accept for {organization}.",

  "invites.notice.invalidTitle": "This link isn't valid",
  "invites.notice.invalidBody":
    "The link is incomplete or unknown. Open it again from the email, or ask the partner for a new one.",
  "invites.notice.expiredTitle": "This link has expired",
  "invites.notice.expiredBody": "The request can't be accepted any more. Ask {partner} to send a new link.",
  "invites.notice.revokedTitle": "This request was withdrawn",
  "invites.notice.revokedBody": "{partner} withdrew the request; its link no longer works.",
  "invites.notice.declinedTitle": "This request was declined",
  "invites.notice.declinedBody": "Your organization declined the request from {partner}; its link no longer works.",
  "invites.notice.acceptedTitle": "This request was accepted already",
  "invites.notice.acceptedBody": "The link can be used only once.",
  "invites.notice.acceptedByYouTitle": "Your organization accepted this request",
  "invites.notice.acceptedByYouBody": "Accepted on {date}: {partner} is now a reseller of your organization.",
  "invites.notice.acceptedByYouJoint":
    "Accepted on {date}: {partner} and {provider} now have a reseller relationship with your organization.",
  "invites.notice.toOverview": "Go to Overview",

  "invites.accept.submit": "Accept",
  "invites.accept.alreadyAccepted": "this request was accepted already.",
  "invites.accept.alreadyAcceptedByYou": "your organization accepted this request already.",
  "invites.accept.revoked": "the partner withdrew this request.",
  "invites.accept.declined": "this request was declined.",
  "invites.accept.expired": "this link has expired. Ask the partner for a new one.",
  "invites.accept.notGlobalAdmin": "only a Global admin of your organization can accept this request: {names}.",
  "invites.accept.R5noRelationship":
    "{provider} and {reseller} no longer have an active provider–reseller relationship, so they can't take on new customers together.",
  "invites.accept.R5notReady1":
    "{reseller} isn't ready to transact new business with {provider} yet; missing: {step1}.",
  "invites.accept.R5notReady2":
    "{reseller} isn't ready to transact new business with {provider} yet; missing: {step1}, {step2}.",
  "invites.accept.R5notReady3":
    "{reseller} isn't ready to transact new business with {provider} yet; missing: {step1}, {step2}, {step3}.",
  "invites.accept.R5noRelationshipNext": "Ask {reseller} for a new request if you still want to work with them.",
  "invites.accept.R5notReady1Next": "Ask {reseller} to complete what is missing, then open this link again.",
  "invites.accept.R5notReady2Next": "Ask {reseller} to complete what is missing, then open this link again.",
  "invites.accept.R5notReady3Next": "Ask {reseller} to complete what is missing, then open this link again.",
  "invites.accept.step.account": "an active Global admin account",
  "invites.accept.step.approved_reseller_enrollment": "an approved indirect reseller enrollment",
  "invites.accept.step.partner_agreement": "the current Partner Agreement accepted",
  "invites.accept.partners.partner": "Partner",
  "invites.accept.partners.channelColumn": "Channel",
  "invites.accept.partners.roleColumn": "Role",
  "invites.accept.partners.since": "Since",
  "invites.accept.partners.channel.DIRECT_BILL": "Direct bill",
  "invites.accept.partners.channel.INDIRECT": "Indirect",
  "invites.accept.partners.role.RESELLER": "Indirect reseller, with its provider {provider}",
  "invites.accept.partners.role.PROVIDER": "Indirect provider, with its reseller",
  "invites.accept.partners.role.SINGLE": "Reseller",

  "invites.decline.submit": "Decline",
  "invites.decline.body": "Not interested? Declining ends the request; {partner} is told and the link stops working.",
  "invites.decline.notGlobalAdmin": "only a Global admin of your organization can decline this request: {names}.",
  "invites.decline.partnerTenant":
    "only a Global admin of a customer organization can decline this request; a partner tenant is never a customer.",

  "invites.account.title": "Create a customer account",
  "invites.account.intro":
    "Create your organization's customer work account and accept the request from {partner} in one step. You become the account's Global admin and are signed in right away.",
  "invites.account.companySection": "Your company",
  "invites.account.company": "Company name",
  "invites.account.domainHint": "Your company's internet domain, for example litware.com. It must be unique.",
  "invites.account.countryHint": "Where your company is registered. {partners} can have customers only in {region}.",
  "invites.account.adminSection": "Your Global admin account",
  "invites.account.emailHint": "An address at the primary domain, for example you@litware.com. You sign in with it.",
  "invites.account.submit": "Create account and accept",
  "invites.account.intendedTenantExists":
    "this request was sent to an organization that already has a work account. Sign in with it to accept.",
  "invites.account.domainNotIntended":
    "The request was sent to an address at {domain}; use {domain} as the primary domain.",
} as const;

export type InvitesLandingMessageKey = keyof typeof invitesLandingEn;
