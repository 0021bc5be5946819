import type { InvitesLandingMessageKey } from "./invites-landing-en";

// German strings of the customer side of customer invitations (spread into invites-de.ts); TypeScript refuses a missing key.
export const invitesLandingDe: Record<InvitesLandingMessageKey, string> = {
  "invites.landing.title": "Anfrage für eine Reseller-Beziehung",
  "invites.landing.intro": "{partner} bittet Ihre Organisation um eine Reseller-Beziehung.",
  "invites.landing.introJoint":
    "{partner} und der indirekte Anbieter {provider} bitten Ihre Organisation um eine Reseller-Beziehung.",
  "invites.landing.whoAsks": "Wer anfragt",
  "invites.landing.rolePartner": "Partner",
  "invites.landing.roleReseller": "Indirekter Reseller",
  "invites.landing.roleProvider": "Sein indirekter Anbieter",
  "invites.landing.country": "Land",
  "invites.landing.pnId": "PN-ID",
  "invites.landing.support": "Support",
  "invites.landing.messageTitle": "Nachricht von {partner}",
  "invites.landing.grantTitle": "Was Sie mit der Annahme gewähren",
  "invites.landing.grantReseller": "{partner} wird Reseller Ihrer Organisation.",
  "invites.landing.grantManage": "{partner} darf Abonnements und Dienste im Namen Ihrer Organisation verwalten.",
  "invites.landing.grantDirectBill":
    "Als Direct-Bill-Partner darf {partner} außerdem Produkte und Abonnements für Ihre Organisation kaufen.",
  "invites.landing.grantJointReseller":
    "{partner} wird Reseller Ihrer Organisation, als indirekter Reseller von {provider}.",
  "invites.landing.grantJointProvider":
    "Auch {provider} erhält eine Reseller-Beziehung mit Ihrer Organisation: Beide Beziehungen entstehen gemeinsam oder keine.",
  "invites.landing.grantJointManage":
    "{partner} und {provider} dürfen Abonnements und Dienste im Namen Ihrer Organisation verwalten.",
  "invites.landing.grantOthersStay": "Ihre Beziehungen zu anderen Partnern bleiben unverändert.",
  "invites.landing.howTitle": "Als globaler Administrator Ihrer Organisation annehmen",
  "invites.landing.howBody":
    "Nur ein globaler Administrator des Kunden-Geschäftskontos Ihrer Organisation kann annehmen. Melden Sie sich an oder erstellen Sie ein Kundenkonto für Ihre Organisation, falls sie noch keines hat.",
  "invites.landing.signIn": "Anmelden",
  "invites.landing.createAccount": "Kundenkonto erstellen",
  "invites.landing.expires": "Dieser Link funktioniert einmal und läuft am {date} ab.",
  "invites.landing.useAnother": "Mit einem anderen Konto anmelden",
  "invites.landing.partnerTenantTitle": "{organization} kann diese Anfrage nicht annehmen",
  "invites.landing.partnerTenantAdvice":
    "Sie sind mit dem Konto einer Partnerorganisation angemeldet. Melden Sie sich mit dem globalen Administrator Ihres separaten Kunden-Mandanten an oder erstellen Sie dafür ein Kundenkonto.",
  "invites.landing.notGlobalAdminTitle": "Nur ein globaler Administrator kann annehmen",
  "invites.landing.notGlobalAdminBody":
    "Nur ein globaler Administrator von {organization} kann diese Anfrage annehmen oder ablehnen. Bitten Sie eine dieser Personen, den Link zu öffnen: {names}.",
  "invites.landing.wrongTenantTitle": "Bei der falschen Organisation angemeldet",
  "invites.landing.wrongTenantBody":
    "Sie sind bei {tenant} angemeldet; an diese Organisation wurde die Anfrage nicht gesendet. Melden Sie sich ab und mit einem Geschäftskonto der eingeladenen Organisation an.",
  "invites.landing.signOutSignIn": "Abmelden und erneut anmelden",
  "invites.landing.decideTitle": "Ihre Entscheidung",
  "invites.landing.decideBody": "Sie nehmen für {organization} an.",

  "invites.notice.invalidTitle": "Dieser Link ist ungültig",
  "invites.notice.invalidBody":
    "Der Link ist unvollständig oder unbekannt. Öffnen Sie ihn erneut aus der E-Mail oder bitten Sie den Partner um einen neuen.",
  "invites.notice.expiredTitle": "Dieser Link ist abgelaufen",
  "invites.notice.expiredBody":
    "Die Anfrage kann nicht mehr angenommen werden. Bitten Sie {partner} um einen neuen Link.",
  "invites.notice.revokedTitle": "Diese Anfrage wurde zurückgezogen",
  "invites.notice.revokedBody": "{partner} hat die Anfrage zurückgezogen; ihr Link funktioniert nicht mehr.",
  "invites.notice.declinedTitle": "Diese Anfrage wurde abgelehnt",
  "invites.notice.declinedBody":
    "Ihre Organisation hat die Anfrage von {partner} abgelehnt; ihr Link funktioniert nicht mehr.",
  "invites.notice.acceptedTitle": "Diese Anfrage wurde bereits angenommen",
  "invites.notice.acceptedBody": "Der Link kann nur einmal verwendet werden.",
  "invites.notice.acceptedByYouTitle": "Ihre Organisation hat diese Anfrage angenommen",
  "invites.notice.acceptedByYouBody": "Angenommen am {date}: {partner} ist jetzt Reseller Ihrer Organisation.",
  "invites.notice.acceptedByYouJoint":
    "Angenommen am {date}: {partner} und {provider} haben jetzt eine Reseller-Beziehung mit Ihrer Organisation.",
  "invites.notice.toOverview": "Zur Übersicht",

  "invites.accept.submit": "Annehmen",
  "invites.accept.alreadyAccepted": "diese Anfrage wurde bereits angenommen.",
  "invites.accept.alreadyAcceptedByYou": "Ihre Organisation hat diese Anfrage bereits angenommen.",
  "invites.accept.revoked": "der Partner hat diese Anfrage zurückgezogen.",
  "invites.accept.declined": "diese Anfrage wurde abgelehnt.",
  "invites.accept.expired": "dieser Link ist abgelaufen. Bitten Sie den Partner um einen neuen.",
  "invites.accept.notGlobalAdmin":
    "nur ein globaler Administrator Ihrer Organisation kann diese Anfrage annehmen: {names}.",
  "invites.accept.R5noRelationship":
    "{provider} und {reseller} haben keine aktive Anbieter-Reseller-Beziehung mehr und können daher keine neuen Kunden gemeinsam aufnehmen.",
  "invites.accept.R5notReady1":
    "{reseller} ist noch nicht bereit für neue Geschäfte mit {provider}; es fehlt: {step1}.",
  "invites.accept.R5notReady2":
    "{reseller} ist noch nicht bereit für neue Geschäfte mit {provider}; es fehlen: {step1}, {step2}.",
  "invites.accept.R5notReady3":
    "{reseller} ist noch nicht bereit für neue Geschäfte mit {provider}; es fehlen: {step1}, {step2}, {step3}.",
  "invites.accept.R5noRelationshipNext":
    "Bitten Sie {reseller} um eine neue Anfrage, wenn Sie weiter zusammenarbeiten möchten.",
  "invites.accept.R5notReady1Next":
    "Bitten Sie {reseller}, das Fehlende zu ergänzen, und öffnen Sie diesen Link dann erneut.",
  "invites.accept.R5notReady2Next":
    "Bitten Sie {reseller}, das Fehlende zu ergänzen, und öffnen Sie diesen Link dann erneut.",
  "invites.accept.R5notReady3Next":
    "Bitten Sie {reseller}, das Fehlende zu ergänzen, und öffnen Sie diesen Link dann erneut.",
  "invites.accept.step.account": "ein aktives Konto eines globalen Administrators",
  "invites.accept.step.approved_reseller_enrollment": "eine genehmigte Registrierung als indirekter Reseller",
  "invites.accept.step.partner_agreement": "die Annahme der aktuellen Partnervereinbarung",
  "invites.accept.partners.partner": "Partner",
  "invites.accept.partners.channelColumn": "Kanal",
  "invites.accept.partners.roleColumn": "Rolle",
  "invites.accept.partners.since": "Seit",
  "invites.accept.partners.channel.DIRECT_BILL": "Direct Bill",
  "invites.accept.partners.channel.INDIRECT": "Indirekt",
  "invites.accept.partners.role.RESELLER": "Indirekter Reseller, mit seinem Anbieter {provider}",
  "invites.accept.partners.role.PROVIDER": "Indirekter Anbieter, mit seinem Reseller",
  "invites.accept.partners.role.SINGLE": "Reseller",

  "invites.decline.submit": "Ablehnen",
  "invites.decline.body":
    "Kein Interesse? Mit der Ablehnung endet die Anfrage; {partner} wird informiert und der Link funktioniert nicht mehr.",
  "invites.decline.notGlobalAdmin":
    "nur ein globaler Administrator Ihrer Organisation kann diese Anfrage ablehnen: {names}.",
  "invites.decline.partnerTenant":
    "nur ein globaler Administrator einer Kundenorganisation kann diese Anfrage ablehnen; ein Partner-Mandant ist nie Kunde.",

  "invites.account.title": "Kundenkonto erstellen",
  "invites.account.intro":
    "Erstellen Sie das Kunden-Geschäftskonto Ihrer Organisation und nehmen Sie die Anfrage von {partner} in einem Schritt an. Sie werden globaler Administrator des Kontos und sofort angemeldet.",
  "invites.account.companySection": "Ihr Unternehmen",
  "invites.account.company": "Name des Unternehmens",
  "invites.account.domainHint":
    "Die Internetdomäne Ihres Unternehmens, zum Beispiel litware.com. Sie muss eindeutig sein.",
  "invites.account.countryHint": "Wo Ihr Unternehmen eingetragen ist. {partners} kann Kunden nur in {region} haben.",
  "invites.account.adminSection": "Ihr Konto als globaler Administrator",
  "invites.account.emailHint":
    "Eine Adresse unter der primären Domäne, zum Beispiel sie@litware.com. Damit melden Sie sich an.",
  "invites.account.submit": "Konto erstellen und annehmen",
  "invites.account.intendedTenantExists":
    "diese Anfrage wurde an eine Organisation gesendet, die bereits ein Geschäftskonto hat. Melden Sie sich damit an, um anzunehmen.",
  "invites.account.domainNotIntended":
    "Die Anfrage wurde an eine Adresse bei {domain} gesendet; verwenden Sie {domain} als primäre Domäne.",
};
