// German texts of the transactional emails (emails/, SPEC §5), spread into de.ts: every key of
// emails-en.ts with the same arguments, in the words of the glossary (lib/i18n/glossary.ts).
import type { emailsEn } from "./emails-en";

export const emailsDe: Record<keyof typeof emailsEn, string> = {
  "emails.layout.footer":
    "Diese Nachricht wurde von Partner Center für das Partnerprogramm von {vendor} gesendet. Bitte antworten Sie nicht auf diese E-Mail.",
  "emails.layout.linkFallback": "Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in Ihren Browser:",
  "emails.common.greeting": "Guten Tag,",
  "emails.common.greetingNamed": "Hallo {name},",
  "emails.common.linkExpiry": "{days, plural, one {Der Link ist # Tag gültig.} other {Der Link ist # Tage gültig.}}",
  "emails.common.personalLink":
    "Dieser Link ist persönlich; bitte leiten Sie ihn nicht weiter. Wenn Sie diese E-Mail nicht erwartet haben, können Sie sie ignorieren.",
  "emails.common.program":
    "{program, select, DIRECT_BILL {Direct-Bill-Partner} INDIRECT_PROVIDER {indirekter Anbieter} other {indirekter Reseller}}",
  "emails.common.messageFrom": "Nachricht von {name}",
  "emails.common.reason": "Begründung",
  "emails.common.openPartnerCenter": "Partner Center öffnen",

  "emails.userAdded.subject": "Ihr Partner Center-Konto bei {organization}",
  "emails.userAdded.heading": "Willkommen im Partner Center",
  "emails.userAdded.created":
    "Für Sie wurde ein Konto bei {organization} erstellt. Sie melden sich mit dieser E-Mail-Adresse an: {email}",
  "emails.userAdded.password":
    "Das temporäre Kennwort erhalten Sie von Ihrem Administrator. Bei der ersten Anmeldung legen Sie Ihr eigenes Kennwort fest.",
  "emails.userAdded.action": "Anmelden",
  "emails.userAdded.note":
    "Wenn Sie diese E-Mail nicht erwartet haben, wenden Sie sich an den Administrator Ihrer Organisation.",

  "emails.contactVerification.subject": "Bestätigen Sie Ihre E-Mail-Adresse für {organization}",
  "emails.contactVerification.heading": "Bestätigen Sie Ihre E-Mail-Adresse",
  "emails.contactVerification.named":
    "Sie wurden bei der Registrierung von {organization} im Partnerprogramm von {vendor} als primärer Kontakt angegeben.",
  "emails.contactVerification.confirm":
    "Bitte bestätigen Sie diese E-Mail-Adresse. Die Prüfung der Registrierung beginnt, sobald sie bestätigt ist.",
  "emails.contactVerification.action": "E-Mail-Adresse bestätigen",

  "emails.contactEmailChanged.subject": "Die E-Mail-Adresse des primären Kontakts von {organization} wird geändert",
  "emails.contactEmailChanged.heading": "Ihre E-Mail-Adresse als primärer Kontakt wird geändert",
  "emails.contactEmailChanged.askedBy":
    "{changedBy} hat beantragt, die E-Mail-Adresse des primären Kontakts von {organization} im Partnerprogramm von {vendor} in {newEmail} zu ändern.",
  "emails.contactEmailChanged.asked":
    "Es wurde beantragt, die E-Mail-Adresse des primären Kontakts von {organization} im Partnerprogramm von {vendor} in {newEmail} zu ändern.",
  "emails.contactEmailChanged.until":
    "Diese Adresse bleibt primärer Kontakt, bis die neue Adresse bestätigt ist. Danach gehen E-Mails zum Programm an die neue Adresse.",
  "emails.contactEmailChanged.action": "Partnerprofil öffnen",
  "emails.contactEmailChanged.note":
    "Wenn Sie diese Änderung nicht erwartet haben, wenden Sie sich umgehend an einen globalen Administrator Ihrer Organisation im Partner Center.",

  "emails.enrollmentStatus.subject": "Neuigkeiten zur Registrierung von {organization}: {status}",
  "emails.enrollmentStatus.heading": "Der Status Ihrer Registrierung hat sich geändert",
  "emails.enrollmentStatus.body": "Die Registrierung von {organization} als {program} hat jetzt den Status: {status}.",
  "emails.enrollmentStatus.action": "Registrierungsstatus anzeigen",

  "emails.enrollmentApproved.subject": "{organization} ist als {program} genehmigt",
  "emails.enrollmentApproved.heading": "Ihre Registrierung ist genehmigt",
  "emails.enrollmentApproved.body":
    "Herzlichen Glückwunsch! Die Registrierung von {organization} als {program} im Partnerprogramm von {vendor} wurde genehmigt.",
  "emails.enrollmentApproved.next":
    "Melden Sie sich im Partner Center an, um die nächsten Schritte zu sehen, zum Beispiel die Annahme der Partnervereinbarung.",

  "emails.resellerInvitation.subject": "{provider} bittet Sie um die Autorisierung als indirekter Anbieter",
  "emails.resellerInvitation.heading": "Einladung eines indirekten Anbieters",
  "emails.resellerInvitation.body":
    "{provider} lädt Ihre Organisation ein, im Partnerprogramm von {vendor} als Ihr indirekter Anbieter mit Ihnen zusammenzuarbeiten.",
  "emails.resellerInvitation.who":
    "Ein globaler Administrator Ihrer Organisation kann die Einladung nach der Anmeldung im Partner Center prüfen und den Anbieter autorisieren.",
  "emails.resellerInvitation.action": "Einladung prüfen",

  "emails.customerInvitation.subject": "{partner} möchte Ihr Cloud-Partner werden",
  "emails.customerInvitation.subjectJoint": "{partner} und {provider} möchten Ihre Cloud-Partner werden",
  "emails.customerInvitation.heading": "Anfrage für eine Reseller-Beziehung",
  "emails.customerInvitation.body":
    "{partner} möchte mit Ihrer Organisation eine Reseller-Beziehung für Dienste von {vendor} eingehen.",
  "emails.customerInvitation.bodyJoint":
    "{partner} und der indirekte Anbieter {provider} möchten mit Ihrer Organisation eine Reseller-Beziehung für Dienste von {vendor} eingehen.",
  "emails.customerInvitation.who":
    "Ein globaler Administrator Ihrer Organisation kann die Anfrage nach der Anmeldung prüfen und annehmen.",
  "emails.customerInvitation.action": "Anfrage prüfen",

  "emails.relationshipNotice.authorizedSubject": "{counterpart} hat {organization} als indirekten Anbieter autorisiert",
  "emails.relationshipNotice.authorizedHeading": "Sie wurden als indirekter Anbieter autorisiert",
  "emails.relationshipNotice.authorizedBody":
    "{counterpart} hat Ihre Einladung angenommen und {organization} als indirekten Anbieter autorisiert.",
  "emails.relationshipNotice.authorizedAction": "Indirekte Reseller anzeigen",
  "emails.relationshipNotice.endedSubject": "Die Beziehung zwischen {organization} und {counterpart} wurde beendet",
  "emails.relationshipNotice.endedHeading": "Eine Beziehung wurde beendet",
  "emails.relationshipNotice.endedBody":
    "Der Support von {vendor} hat die Anbieter-Reseller-Beziehung zwischen {organization} und {counterpart} beendet.",
  "emails.relationshipNotice.endedHistory": "Der Verlauf bleibt im Partner Center sichtbar.",

  "emails.invitationUpdate.what":
    "{invitationKind, select, RESELLER_PARTNERSHIP {Einladung, Ihr indirekter Reseller zu werden} CUSTOMER_JOINT {gemeinsame Einladung von {partner} und {provider}} other {Anfrage für eine Reseller-Beziehung}}",
  "emails.invitationUpdate.someProvider": "seinem indirekten Anbieter",
  "emails.invitationUpdate.someInvitee": "die eingeladene Organisation",
  "emails.invitationUpdate.acceptedSubject": "{who} hat Ihre {what} angenommen",
  "emails.invitationUpdate.acceptedHeading": "Einladung angenommen",
  "emails.invitationUpdate.acceptedBody":
    "{invitationKind, select, CUSTOMER_JOINT {{who} hat die {what} angenommen. {partner} und {provider} haben jetzt jeweils eine Reseller-Beziehung mit {who}.} other {{who} hat Ihre {what} angenommen. {partner} hat jetzt eine Reseller-Beziehung mit {who}.}}",
  "emails.invitationUpdate.acceptedAction": "Kunden anzeigen",
  "emails.invitationUpdate.declinedSubject": "{who} hat Ihre {what} abgelehnt",
  "emails.invitationUpdate.declinedHeading": "Einladung abgelehnt",
  "emails.invitationUpdate.declinedBody": "{who} hat Ihre {what} abgelehnt. Der Link funktioniert nicht mehr.",
  "emails.invitationUpdate.refusedSubject": "Ihre {what} konnte nicht angenommen werden",
  "emails.invitationUpdate.refusedHeading": "Annahme durch eine Regel abgelehnt",
  "emails.invitationUpdate.refusedBody": "{who} wollte Ihre {what} annehmen, und Partner Center hat das abgelehnt.",
  "emails.invitationUpdate.refusedLink":
    "Der Link bleibt gültig, bis er abläuft oder Sie ihn widerrufen. Über weitere Ablehnungen informieren wir Sie höchstens einmal am Tag.",
  "emails.invitationUpdate.expiredSubject": "Ihre {what} ist ungenutzt abgelaufen",
  "emails.invitationUpdate.expiredHeading": "Einladung abgelaufen",
  "emails.invitationUpdate.expiredBody": "Ihre {what} an {who} ist abgelaufen, ohne dass sie angenommen wurde.",
  "emails.invitationUpdate.expiredResend": "Sie können sie in Partner Center mit einem neuen Link erneut senden.",

  "emails.supportReply.subject": "Antwort auf Ihre Supportanfrage: {request}",
  "emails.supportReply.heading": "Ihre Supportanfrage wurde beantwortet",
  "emails.supportReply.body": "Der Support von {vendor} hat auf Ihre Anfrage „{request}“ geantwortet.",
  "emails.supportReply.reply": "Antwort",
  "emails.supportReply.action": "Anfrage anzeigen",
};
