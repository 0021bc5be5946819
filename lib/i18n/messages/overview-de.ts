import type { OverviewMessageKey } from "./overview-en";

// German strings of the Overview's task list, quick links, the customer's partners and the Partner
// Agreement's text (see overview-en.ts).
export const overviewDe: Record<OverviewMessageKey, string> = {
  "overview.signedInAs": "{organization} · Ihre Rollen: {roles}",
  "overview.task.verifyEmail":
    "Bestätigen Sie die E-Mail-Adresse des Hauptkontakts: Wir haben einen Link an {email} gesendet.",
  "overview.task.resend": "Bestätigungs-E-Mail erneut senden",
  "overview.task.openProfile": "Partnerprofil öffnen",
  "overview.task.readAndAccept": "Vereinbarung lesen und annehmen",
  "overview.task.read": "Vereinbarung lesen",
  "overview.task.reviewTransition": "Prüfen und annehmen",
  "overview.quickLinks": "Schnellzugriff",
  "overview.quick.customers": "Kunden suchen, ihre Details öffnen und ihre Abonnements verwalten.",
  "overview.quick.indirectProviders":
    "Die Anbieter, für die Sie als Reseller tätig sind, und die Kunden, die Sie mit ihnen teilen.",
  "overview.quick.indirectResellers": "Die Reseller, mit denen Sie arbeiten, ihre Bereitschaft und neue Einladungen.",
  "overview.quick.users": "Benutzer hinzufügen, ihre Rollen ändern und Kennwörter zurücksetzen.",
  "overview.quick.partnerProfile": "Rechtliches Profil, Kontakte und Programme Ihrer Organisation.",
  "overview.quick.auditLog": "Wer in Ihrer Organisation wann was geändert hat.",
  "overview.quick.support": "{vendor} um Hilfe bitten oder das Beenden einer Beziehung anfragen.",
  "overview.partnerSupport": "Support",
  "overview.partnerSupportEmail": "E-Mail",
  "overview.partnerSupportPhone": "Telefon",
  "overview.partnerSupportWebsite": "Website",
  "overview.customerPartnersIntro":
    "Bei Fragen zu den Diensten, die ein Partner für Sie verwaltet, wenden Sie sich an seinen Support. Jeder Partner hier kann für Ihre Organisation handeln.",

  "agreementPage.title": "Partnervereinbarung",
  "agreementPage.version": "Version {version}, zwischen {vendor} und {organization}.",
  "agreementPage.back": "Zurück zur Übersicht",
  "agreementText.intro":
    "Diese Partnervereinbarung regelt, wie {organization} am Partnerprogramm von {vendor} teilnimmt, um Clouddienste von {vendor} an Kunden weiterzuverkaufen.",
  "agreementText.s1.title": "1. Das Programm",
  "agreementText.s1.body":
    "{vendor} lässt den Partner zu den Programmen zu, für die er sich registriert hat und genehmigt wurde (Direct-Bill-Partner, indirekter Anbieter oder indirekter Reseller). Der Partner handelt im eigenen Namen; er ist kein Vertreter von {vendor}.",
  "agreementText.s2.title": "2. Kunden",
  "agreementText.s2.body":
    "Der Partner betreut nur Kunden, die eine Reseller-Beziehung mit ihm angenommen haben, in der Region des Partners. Er teilt Kunden mit, welche Dienste er für sie kauft, was sie kosten und an wen sie sich für Support wenden.",
  "agreementText.s3.title": "3. Bestellungen und Abrechnung",
  "agreementText.s3.body":
    "Bestellungen in Partner Center sind verbindlich. {vendor} stellt Direct-Bill-Partnern und indirekten Anbietern monatlich Rechnungen; indirekte Reseller erhalten ihre Rechnung von ihrem indirekten Anbieter. Es gelten die Preise der Preisliste am Tag der Bestellung.",
  "agreementText.s4.title": "4. Datenschutz und Sicherheit",
  "agreementText.s4.body":
    "Der Partner nutzt Kundendaten und delegierten Administratorzugriff nur, um die vom Kunden gewünschten Dienste zu erbringen, hält die Konten seiner Benutzer sicher und entfernt Zugriffe, die nicht mehr gebraucht werden.",
  "agreementText.s5.title": "5. Verhalten",
  "agreementText.s5.body":
    "Der Partner hält geltendes Recht ein, einschließlich Exportkontroll- und Antikorruptionsvorschriften, und stellt {vendor} und seine Dienste nicht falsch dar.",
  "agreementText.s6.title": "6. Laufzeit und Änderungen",
  "agreementText.s6.body":
    "Die Vereinbarung gilt, bis der Partner das Programm verlässt oder {vendor} sie aus wichtigem Grund beendet. {vendor} kündigt neue Versionen in Partner Center an; eine neue Version muss angenommen werden, bevor der Partner neue Geschäfte abschließt.",
};
