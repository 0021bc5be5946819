import type { PartnershipsMessageKey } from "./partnerships-en";

// German strings of indirect resellers (provider side), reseller invitations and the provider-invitation landing page (spread into de.ts); TypeScript refuses a missing key.
export const partnershipsDe: Record<PartnershipsMessageKey, string> = {
  "partnerships.invitation.textInvalid": "Geben Sie den E-Mail-Text ein.",
  "partnerships.invitation.textTooLong": "Verwenden Sie höchstens 4000 Zeichen.",
  "partnerships.invitation.emailInvalid": "Geben Sie eine gültige E-Mail-Adresse ein.",
  "partnerships.invitation.emailRequired": "Geben Sie die E-Mail-Adresse des Empfängers ein.",
  "partnerships.invitation.recipientFixed":
    "Der Empfänger wurde vor dem Erstellen der Einladung geprüft und kann sich nicht mehr ändern. Widerrufen Sie die Einladung und laden Sie erneut ein.",
  "partnerships.invitation.rateLimited":
    "Ihre Organisation hat in der letzten Stunde zu viele Einladungen versendet. Versuchen Sie es in {minutes} Min. erneut.",
  "partnerships.invitation.duplicatePending": "An diese Adresse gibt es bereits eine ausstehende Einladung.",
  "partnerships.invitation.notPending":
    "Diese Einladung ist {state}; nur eine ausstehende Einladung kann geändert werden.",
  "partnerships.invitation.expired":
    "Diese Einladung ist abgelaufen. Senden Sie sie erneut, um einen neuen Link zu erhalten.",
  "partnerships.invitation.changedMeanwhile":
    "diese Einladung hat sich inzwischen geändert. Öffnen Sie den Link erneut.",
  "partnerships.state.PENDING": "ausstehend",
  "partnerships.state.ACCEPTED": "angenommen",
  "partnerships.state.EXPIRED": "abgelaufen",
  "partnerships.state.REVOKED": "widerrufen",
  "partnerships.state.DECLINED": "abgelehnt",

  "partnerships.rules.self": "Sie können Ihre eigene Organisation nicht einladen.",
  "partnerships.rules.notProvider": "{provider} ist kein aktiver indirekter Anbieter.",
  "partnerships.rules.notReseller": "{reseller} ist kein registrierter indirekter Reseller.",
  "partnerships.rules.R14":
    "{reseller} ist in das Programm für indirekte Reseller gewechselt, hat aber „Akzeptieren und fortfahren“ noch nicht gewählt und ist daher noch kein registrierter indirekter Reseller.",
  "partnerships.rules.R14Next":
    "Bitten Sie einen globalen Administrator von {reseller}, in der Übersicht „Annehmen und fortfahren“ zu wählen.",
  "partnerships.rules.R2":
    "{reseller} ist in der Region {resellerRegion}; {provider} ist in der Region {providerRegion}.",
  "partnerships.rules.existing": "{provider} ist bereits indirekter Anbieter von {reseller}.",
  "partnerships.rules.pickedNotFound": "Der ausgewählte Reseller wurde nicht gefunden.",
  "partnerships.rules.emailNotInReseller":
    "{email} ist kein Benutzer von {reseller}. Geben Sie die geschäftliche E-Mail-Adresse eines globalen Administrators dieser Organisation ein.",
  "partnerships.rules.noResellerForEmail":
    "Kein registrierter indirekter Reseller hat einen Benutzer mit der E-Mail-Adresse {email}. Wählen Sie den Reseller nach Name oder PN-ID aus oder prüfen Sie die Adresse.",
  "partnerships.rules.pending":
    "Eine Einladung an {reseller} ({email}) ist noch ausstehend. Senden Sie sie erneut oder widerrufen Sie sie auf der Seite „Indirekte Reseller“.",

  "partnerships.title": "Indirekte Reseller",
  "partnerships.intro":
    "Die Reseller, mit denen Sie als indirekter Anbieter zusammenarbeiten. Neue Geschäfte mit einem Reseller sind möglich, sobald er ein Konto, eine genehmigte Registrierung als indirekter Reseller und die aktuelle Partnervereinbarung akzeptiert hat (R5).",
  "partnerships.inviteButton": "Reseller einladen",
  "partnerships.search": "Reseller nach Name oder PN-ID suchen",
  "partnerships.searchButton": "Suchen",
  "partnerships.count": "{count, plural, one {# Reseller} other {# Reseller}}",
  "partnerships.none": "Sie arbeiten noch mit keinen indirekten Resellern zusammen.",
  "partnerships.noneMatching": "Kein Reseller entspricht Ihrer Suche.",
  "partnerships.col.reseller": "Reseller",
  "partnerships.col.pnId": "PN-ID",
  "partnerships.col.region": "Region",
  "partnerships.col.since": "Seit",
  "partnerships.col.status": "Status",
  "partnerships.col.readiness": "Bereitschaft (R5)",
  "partnerships.status.ACTIVE": "Aktiv",
  "partnerships.status.ENDED": "Beendet am {date}",
  "partnerships.ready": "Bereit für Geschäfte",
  "partnerships.notReady": "Nicht bereit. Es fehlt:",
  "partnerships.endedNoReadiness": "—",
  "partnerships.step.account": "ein Konto mit einem aktiven globalen Administrator",
  "partnerships.step.approved_reseller_enrollment": "eine genehmigte Registrierung als indirekter Reseller",
  "partnerships.step.partner_agreement": "die akzeptierte aktuelle Partnervereinbarung",
  "partnerships.invitations.title": "Einladungen",
  "partnerships.invitations.none": "Sie haben noch keine Reseller eingeladen.",
  "partnerships.invitations.pages": "Seiten der Einladungen",
  "partnerships.invitations.caption": "Einladungen an Reseller",
  "partnerships.invitations.sentTo": "Gesendet an",
  "partnerships.invitations.reseller": "Reseller",
  "partnerships.invitations.state": "Status",
  "partnerships.invitations.sentOn": "Gesendet am",
  "partnerships.invitations.expires": "Läuft ab",
  "partnerships.invitations.actions": "Aktionen",
  "partnerships.invitations.resentOn": "erneut gesendet am {date}",
  "partnerships.invitations.refused": "Letzter Autorisierungsversuch abgelehnt ({rule}) am {date}.",
  "partnerships.invitations.resend": "Erneut senden",
  "partnerships.invitations.revoke": "Widerrufen",
  "partnerships.invitations.resendLabel": "Einladung an {email} erneut senden",
  "partnerships.invitations.revokeLabel": "Einladung an {email} widerrufen",
  "partnerships.invitations.resent": "Ein neuer Link wurde an {email} gesendet. Der alte Link funktioniert nicht mehr.",
  "partnerships.invitations.revoked": "Die Einladung an {email} wurde widerrufen; ihr Link funktioniert nicht mehr.",
  "partnerships.stateLabel.PENDING": "Ausstehend",
  "partnerships.stateLabel.ACCEPTED": "Angenommen",
  "partnerships.stateLabel.EXPIRED": "Abgelaufen",
  "partnerships.stateLabel.REVOKED": "Widerrufen",
  "partnerships.stateLabel.DECLINED": "Abgelehnt",

  "partnerships.invite.title": "Reseller einladen",
  "partnerships.invite.intro":
    "Geben Sie die geschäftliche E-Mail-Adresse des globalen Administrators des Resellers ein. Nur ein globaler Administrator des Resellers kann Sie als indirekten Anbieter autorisieren (R6). „Prüfen“ führt vor dem Erstellen die Regeln aus, die auch bei der Autorisierung gelten.",
  "partnerships.invite.back": "Zurück zu Indirekte Reseller",
  "partnerships.invite.pickerTitle": "Registrierten Reseller suchen (optional)",
  "partnerships.invite.pickerLabel": "Name oder PN-ID des Resellers",
  "partnerships.invite.pickerButton": "Suchen",
  "partnerships.invite.pickerHint": "Geben Sie mindestens 2 Zeichen ein.",
  "partnerships.invite.pickerNone": "Kein registrierter indirekter Reseller entspricht „{query}“.",
  "partnerships.invite.pickLegend": "Reseller",
  "partnerships.invite.pickNone": "Keiner ausgewählt: Reseller über die E-Mail-Adresse finden",
  "partnerships.invite.pickOption": "{name} (PN-ID {pnId}, {country})",
  "partnerships.invite.email": "Geschäftliche E-Mail-Adresse des globalen Administrators",
  "partnerships.invite.emailRequired": "Geben Sie die geschäftliche E-Mail-Adresse des globalen Administrators ein.",
  "partnerships.invite.days": "Link gültig für (Tage)",
  "partnerships.invite.daysHint": "1 bis 90 Tage; 30, wenn Sie nichts ändern.",
  "partnerships.invite.daysInvalid": "Geben Sie eine ganze Zahl von 1 bis 90 Tagen ein.",
  "partnerships.invite.locale": "Sprache der E-Mail",
  "partnerships.invite.localeInvalid": "Wählen Sie eine Sprache.",
  "partnerships.invite.check": "Prüfen",
  "partnerships.invite.failedTitle": "Diese Prüfungen würden fehlschlagen:",
  "partnerships.invite.passedTitle": "Alle Prüfungen bestanden",
  "partnerships.invite.passed": "{reseller} ({region}, PN-ID {pnId}) kann Sie als indirekten Anbieter autorisieren.",
  "partnerships.invite.readinessNote":
    "R5: {reseller} fehlt noch: {steps}. Sie können sich jetzt verbinden, neue Geschäfte sind aber erst nach diesen Schritten möglich.",
  "partnerships.invite.create": "Einladung erstellen",
  "partnerships.draft.title": "E-Mail-Entwurf",
  "partnerships.draft.intro":
    "Bearbeiten Sie den Text nach Wunsch; der persönliche Link bleibt immer in der E-Mail. Senden Sie sie über Partner Center, kopieren Sie sie oder öffnen Sie sie in Ihrer E-Mail-App.",
  "partnerships.draft.to": "An",
  "partnerships.draft.subject": "Betreff",
  "partnerships.draft.text": "E-Mail-Text",
  "partnerships.draft.link": "Persönlicher Link",
  "partnerships.draft.linkHint":
    "Gültig bis {date}. Er funktioniert einmal und nur für einen globalen Administrator von {reseller}.",
  "partnerships.draft.copy": "Kopieren",
  "partnerships.draft.mailto": "In E-Mail-App öffnen",
  "partnerships.draft.send": "Senden",
  "partnerships.draft.doneWithoutSending": "Fertig (selbst gesendet)",
  "partnerships.draft.defaultText":
    "Guten Tag,\n\nwir möchten mit {target} als Ihr indirekter Anbieter im Partnerprogramm zusammenarbeiten. Bitte prüfen Sie die Einladung und autorisieren Sie uns mit einem Konto eines globalen Administrators Ihrer Organisation.\n\nMit freundlichen Grüßen\n{inviter}",
  "partnerships.done.title": "Einladung gesendet",
  "partnerships.done.body":
    "Die Einladung an {email} ist unterwegs. Sie erhalten eine E-Mail, sobald {reseller} Sie autorisiert; den Status der Einladung sehen Sie auf der Seite „Indirekte Reseller“.",
  "partnerships.done.back": "Zurück zu Indirekte Reseller",

  "partnerships.landing.title": "Einladung eines indirekten Anbieters",
  "partnerships.landing.intro":
    "{provider} lädt Ihre Organisation ein, mit ihm als Ihrem indirekten Anbieter zusammenzuarbeiten.",
  "partnerships.landing.introNamed":
    "{provider} lädt {reseller} ein, mit ihm als indirektem Anbieter zusammenzuarbeiten.",
  "partnerships.landing.invited": "Eingeladene Organisation",
  "partnerships.landing.provider": "Anbieter",
  "partnerships.landing.pnId": "PN-ID",
  "partnerships.landing.region": "Region",
  "partnerships.landing.regionValue": "{region} ({country})",
  "partnerships.landing.validUntil": "Link gültig bis",
  "partnerships.landing.grantTitle": "Was die Autorisierung gewährt",
  "partnerships.landing.grantOrders":
    "{provider} darf für Ihre Kunden Bestellungen aufgeben und Abonnements hinzufügen.",
  "partnerships.landing.grantAdmin": "{provider} erhält Administratorzugriff auf Ihren Mandanten.",
  "partnerships.landing.grantSeparate":
    "Die Verbindung teilt keine Kunden: Ihre übrigen Kunden und die des Anbieters bleiben getrennt.",
  "partnerships.landing.grantEnd":
    "Nur der Support von {vendor} kann die Beziehung später beenden; ihr Verlauf bleibt erhalten.",
  "partnerships.landing.confirm":
    "Ich verstehe, was die Autorisierung gewährt, und möchte {provider} als unseren indirekten Anbieter.",
  "partnerships.landing.confirmRequired": "Bestätigen Sie, dass Sie verstehen, was die Autorisierung gewährt.",
  "partnerships.landing.authorize": "Indirekten Anbieter autorisieren",
  "partnerships.landing.invalid.title": "Dieser Link funktioniert nicht",
  "partnerships.landing.invalid.body":
    "Der Link ist unvollständig oder ungültig. Öffnen Sie ihn erneut aus der E-Mail oder bitten Sie den Anbieter, die Einladung erneut zu senden.",
  "partnerships.landing.signedOut.title": "Zum Antworten anmelden",
  "partnerships.landing.signedOut.body":
    "Melden Sie sich mit einem Geschäftskonto des eingeladenen Resellers an. Nur ein globaler Administrator kann einen indirekten Anbieter autorisieren. Nach der Anmeldung kehren Sie zu dieser Seite zurück.",
  "partnerships.landing.signIn": "Anmelden",
  "partnerships.landing.wrongTenant.title": "Bei der falschen Organisation angemeldet",
  "partnerships.landing.wrongTenant.body":
    "Sie sind bei {tenant} angemeldet; an diese Organisation wurde die Einladung nicht gesendet. Melden Sie sich ab und mit einem Geschäftskonto des eingeladenen Resellers an.",
  "partnerships.landing.signOut": "Abmelden und neu anmelden",
  "partnerships.landing.notGlobalAdmin.title": "Nur ein globaler Administrator kann autorisieren",
  "partnerships.landing.notGlobalAdmin.body":
    "Nur ein globaler Administrator Ihrer Organisation kann einen indirekten Anbieter autorisieren. Wenden Sie sich an: {names}.",
  "partnerships.landing.expired.title": "Diese Einladung ist abgelaufen",
  "partnerships.landing.expired.body":
    "Dieser Link ist abgelaufen. Bitten Sie den Anbieter, die Einladung erneut zu senden.",
  "partnerships.landing.revoked.title": "Diese Einladung wurde widerrufen",
  "partnerships.landing.revoked.body": "Der Anbieter hat diese Einladung widerrufen.",
  "partnerships.landing.declined.title": "Diese Einladung wurde abgelehnt",
  "partnerships.landing.declined.body": "Diese Einladung wurde abgelehnt.",
  "partnerships.landing.accepted.title": "Diese Einladung wurde bereits angenommen",
  "partnerships.landing.accepted.body": "Diese Einladung wurde bereits angenommen; der Link funktioniert nur einmal.",
  "partnerships.landing.blocked.title": "Diese Einladung kann nicht autorisiert werden",
  "partnerships.landing.alreadyLinked": "Ihre Organisation arbeitet bereits mit diesem indirekten Anbieter zusammen.",
  "partnerships.landing.success.title": "Indirekter Anbieter autorisiert",
  "partnerships.landing.success.body":
    "{provider} ist jetzt Ihr indirekter Anbieter. Er erscheint unter „Indirekte Anbieter“.",
  "partnerships.landing.toProviders": "Zu Indirekte Anbieter",
};
