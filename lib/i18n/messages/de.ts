import type { MessageKey } from "./en";
import { auditDe } from "./audit-de";
import { enrollDe } from "./enroll-de";
import { profileDe } from "./profile-de";
import { reviewDe } from "./review-de";
import { usersDe } from "./users-de";
import { partnershipsDe } from "./partnerships-de";
import { providersDe } from "./providers-de";
import { supportDe } from "./support-de";
import { invitesDe } from "./invites-de";
import { customersDe } from "./customers-de";
import { rulesDe } from "./rules-de";
import { errorsDe } from "./errors-de";
import { shellDe } from "./shell-de";
import { unavailableDe } from "./unavailable-de";
import { jobsDe } from "./jobs-de";
import { emailsDe } from "./emails-de";
import { uiDe } from "./ui-de";
import { confirmDe } from "./confirm-de";
import { overviewDe } from "./overview-de";

// German UI strings; TypeScript refuses a missing key.
export const de: Record<MessageKey, string> = {
  "app.name": "Partner Center",
  "app.skipToContent": "Zum Hauptinhalt springen",
  "common.save": "Speichern",
  "common.cancel": "Abbrechen",
  "common.next": "Weiter",
  "common.back": "Zurück",
  "common.continue": "Fortfahren",
  "common.done": "Fertig",
  "common.copy": "Kopieren",
  "common.copied": "Kopiert",
  "common.language": "Sprache",
  "common.notFoundTitle": "Seite nicht gefunden",
  "common.notFoundBody": "Die Seite existiert nicht, oder Sie haben keinen Zugriff darauf.",
  "common.backToOverview": "Zurück zur Übersicht",
  "common.fixFields": "Bitte korrigieren Sie die markierten Felder.",
  "common.unexpectedError":
    "Bei uns ist ein Fehler aufgetreten. Es wurde nichts geändert; bitte versuchen Sie es erneut.",
  "common.badRequest": "Die Anfrage konnte nicht gelesen werden. Laden Sie die Seite neu und versuchen Sie es erneut.",
  "common.pages": "Seiten",
  "common.previous": "Zurück",
  "common.pageOf": "Seite {page} von {pages}",
  "common.yes": "Ja",
  "common.no": "Nein",

  "signIn.title": "Anmelden",
  "signIn.intro": "Melden Sie sich mit Ihrem Geschäftskonto an.",
  "signIn.email": "E-Mail",
  "signIn.password": "Kennwort",
  "signIn.submit": "Anmelden",
  "signIn.invalid": "E-Mail oder Kennwort ist falsch.",
  "signIn.rateLimited": "Zu viele Versuche. Warten Sie {minutes} Min. und versuchen Sie es erneut.",
  "signIn.tempExpired": "Ihr temporäres Kennwort ist abgelaufen. Bitten Sie Ihren Administrator um ein neues.",
  "signIn.enroll": "Als Partner registrieren",
  "signIn.noAccount": "Neu im Programm?",
  "signIn.operatorLink": "Betreiberkonsole",
  "signIn.signedOut": "Sie wurden abgemeldet.",

  "password.title": "Kennwort ändern",
  "password.intro":
    "Sie haben sich mit einem temporären Kennwort angemeldet. Wählen Sie ein neues Kennwort, bevor Sie fortfahren.",
  "password.introVoluntary":
    "Wählen Sie ein neues Kennwort. Sie bleiben hier angemeldet; andere Sitzungen werden beendet.",
  "password.current": "Aktuelles Kennwort",
  "password.new": "Neues Kennwort",
  "password.confirm": "Neues Kennwort bestätigen",
  "password.rules": "Mindestens {min}, höchstens 128 Zeichen. Ein langer Satz ist am leichtesten zu merken.",
  "password.submit": "Kennwort ändern",
  "password.wrongCurrent": "Das aktuelle Kennwort ist falsch.",
  "password.mismatch": "Die Kennwörter stimmen nicht überein.",
  "password.sameAsOld": "Wählen Sie ein anderes als Ihr aktuelles Kennwort.",
  "password.too_short": "Verwenden Sie mindestens {min} Zeichen.",
  "password.too_long": "Verwenden Sie höchstens 128 Zeichen.",
  "password.required": "Geben Sie das Kennwort ein.",
  "password.common": "Dieses Kennwort ist zu verbreitet. Wählen Sie ein anderes.",
  "password.contains_identity": "Bilden Sie das Kennwort nicht aus Ihrem Namen oder Ihrer E-Mail-Adresse.",

  "nav.label": "Hauptnavigation",
  "nav.overview": "Übersicht",
  "nav.customers": "Kunden",
  "nav.indirectProviders": "Indirekte Anbieter",
  "nav.indirectResellers": "Indirekte Reseller",
  "nav.settings": "Einstellungen",
  "nav.userManagement": "Benutzerverwaltung",
  "nav.partnerProfile": "Partnerprofil",
  "nav.auditLog": "Überwachungsprotokoll",
  "nav.support": "Support",
  "nav.account": "Ihr Konto",
  "nav.signOut": "Abmelden",
  "nav.signOutEverywhere": "Überall abmelden",
  "nav.signedInAs": "Angemeldet als {name}",
  "nav.mailbox": "Postfach (Entwicklung)",

  "overview.title": "Übersicht",
  "overview.organization": "Organisation",
  "overview.domain": "Primäre Domäne",
  "overview.country": "Land",
  "overview.region": "Region",
  "overview.pnId": "PN-ID",
  "overview.programs": "Programme",
  "overview.program": "Programm",
  "overview.status": "Status",
  "overview.since": "Seit",
  "overview.noPrograms": "Ihre Organisation ist noch in keinem Programm registriert.",
  "overview.agreement": "Partnervereinbarung",
  "overview.agreementAccepted": "Version {version} am {date} von {name} angenommen.",
  "overview.agreementMissing":
    "Noch nicht angenommen. Ein globaler Administrator muss die aktuelle Partnervereinbarung (Version {version}) annehmen, bevor Sie Geschäfte abwickeln können.",
  "overview.pendingSteps": "Ausstehende Schritte",
  "overview.verifyEmail":
    "Ihr Hauptansprechpartner muss die E-Mail-Adresse bestätigen, an die wir einen Link gesendet haben.",
  "overview.noAccessTitle": "Sie haben noch keinen Zugriff",
  "overview.noAccessBody":
    "Ihr Konto hat keine Agentenrolle und keine Administratorrolle, daher können Sie in Partner Center nichts öffnen. Bitten Sie einen globalen Administrator oder Benutzerverwaltungsadministrator von {organization}, Ihnen eine Rolle zuzuweisen (zum Beispiel Administratoragent, Vertriebsagent oder Helpdesk-Agent).",
  "overview.customerTitle": "Ihre Organisation",
  "overview.customerPartners": "Partner mit Reseller-Beziehung",
  "overview.customerNoPartners": "Kein Partner hat eine Reseller-Beziehung mit Ihrer Organisation.",
  "overview.yourRoles": "Ihre Rollen",

  "program.DIRECT_BILL": "Direct-Bill-Partner",
  "program.INDIRECT_PROVIDER": "Indirekter Anbieter",
  "program.INDIRECT_RESELLER": "Indirekter Reseller",
  "enrollment.AWAITING_EMAIL_VERIFICATION": "Wartet auf E-Mail-Bestätigung",
  "enrollment.IN_REVIEW": "In Prüfung",
  "enrollment.APPROVED": "Genehmigt",
  "enrollment.REJECTED": "Abgelehnt",

  "role.ADMIN_AGENT": "Administratoragent",
  "role.SALES_AGENT": "Vertriebsagent",
  "role.HELPDESK_AGENT": "Helpdesk-Agent",
  "role.NO_AGENT": "Kein Agent",
  "role.GLOBAL_ADMIN": "Globaler Administrator",
  "role.USER_MANAGEMENT_ADMIN": "Benutzerverwaltungsadministrator",
  "role.NO_ADMIN": "Kein Administrator",

  "region.EUROPE": "Europa",
  "region.NORTH_AMERICA": "Nordamerika",
  "region.LATIN_AMERICA": "Lateinamerika",
  "region.ASIA_PACIFIC": "Asien-Pazifik",
  "region.MIDDLE_EAST_AFRICA": "Naher Osten & Afrika",

  "operator.title": "Betreiberkonsole",
  "operator.signInTitle": "Anmeldung für Betreiber",
  "operator.signInIntro": "Für die Plattformbetreiber des Anbieters. Partnerkonten können sich hier nicht anmelden.",
  "operator.sections": "Bereiche der Konsole",
  "operator.summary": "Programm auf einen Blick",
  "operator.partners": "Partnerorganisationen",
  "operator.inReview": "Registrierungen in Prüfung",
  "operator.openSupport": "Offene Supportanfragen",
  "operator.deadEmails": "Unzustellbare E-Mails",
  "operator.customers": "Kundenorganisationen",
  ...usersDe,
  ...auditDe,
  ...profileDe,
  ...reviewDe,
  ...enrollDe,
  ...partnershipsDe,
  ...providersDe,
  ...supportDe,
  ...invitesDe,
  ...customersDe,
  ...rulesDe,
  ...errorsDe,
  ...shellDe,
  ...unavailableDe,
  ...jobsDe,
  ...emailsDe,
  ...uiDe,
  ...confirmDe,
  ...overviewDe,
};
