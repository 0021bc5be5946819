// English strings of the Overview's task list, quick links and the customer's partners (spread into
// en.ts), and the Partner Agreement's text as the portal shows it (/overview/partner-agreement).
// German in overview-de.ts must have every key.
export const overviewEn = {
  "overview.signedInAs": "{organization} · Your roles: {roles}",
  "overview.task.verifyEmail": "Verify the primary contact's email address: we sent a link to {email}.",
  "overview.task.resend": "Resend verification email",
  "overview.task.openProfile": "Open the partner profile",
  "overview.task.readAndAccept": "Read and accept the agreement",
  "overview.task.read": "Read the agreement",
  "overview.task.reviewTransition": "Review and accept",
  "overview.quickLinks": "Quick links",
  "overview.quick.customers": "Search your customers, open their details and manage their subscriptions.",
  "overview.quick.indirectProviders": "The providers you resell for, and the customers you share with each.",
  "overview.quick.indirectResellers": "The resellers you work with, their readiness, and new invitations.",
  "overview.quick.users": "Add users, change their roles and reset passwords.",
  "overview.quick.partnerProfile": "Your organization's legal profile, contacts and programs.",
  "overview.quick.auditLog": "Who changed what in your organization, and when.",
  "overview.quick.support": "Ask {vendor} for help, or to end a relationship.",
  "overview.partnerSupport": "Support",
  "overview.partnerSupportEmail": "Email",
  "overview.partnerSupportPhone": "Phone",
  "overview.partnerSupportWebsite": "Website",
  "overview.customerPartnersIntro":
    "For help with the services a partner manages for you, contact its support. Every partner here can act for your organization.",

  "agreementPage.title": "Partner Agreement",
  "agreementPage.version": "Version {version}, between {vendor} and {organization}.",
  "agreementPage.back": "Back to Overview",
  "agreementText.intro":
    "This Partner Agreement governs how {organization} takes part in the {vendor} partner program to resell {vendor} cloud services to customers.",
  "agreementText.s1.title": "1. The program",
  "agreementText.s1.body":
    "{vendor} admits the partner to the programs it enrolled in and was approved for (direct-bill partner, indirect provider or indirect reseller). The partner acts in its own name; it is not an agent of {vendor}.",
  "agreementText.s2.title": "2. Customers",
  "agreementText.s2.body":
    "The partner serves only customers that accepted a reseller relationship with it, in the partner's region. It tells customers which services it buys for them, what they cost and whom to contact for support.",
  "agreementText.s3.title": "3. Orders and billing",
  "agreementText.s3.body":
    "Orders placed in Partner Center are binding. {vendor} bills direct-bill partners and indirect providers monthly; indirect resellers are billed by their indirect provider. Prices are those of the price list on the day of the order.",
  "agreementText.s4.title": "4. Data protection and security",
  "agreementText.s4.body":
    "The partner uses customer data and delegated admin access only to provide the services the customer asked for, keeps its users' accounts secure and removes access that is no longer needed.",
  "agreementText.s5.title": "5. Conduct",
  "agreementText.s5.body":
    "The partner complies with applicable law, including export controls and anti-corruption rules, and does not misrepresent {vendor} or its services.",
  "agreementText.s6.title": "6. Term and changes",
  "agreementText.s6.body":
    "The agreement runs until the partner leaves the program or {vendor} ends it for cause. {vendor} announces new versions in Partner Center; a new version must be accepted before the partner transacts new business.",
} as const;

export type OverviewMessageKey = keyof typeof overviewEn;
