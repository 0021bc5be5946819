import type { InvitesMessageKey } from "./invites-en";
import { invitesLandingDe } from "./invites-landing-de";

// German strings of customer invitations (reseller relationship requests, joint invitations) and the customer landing page (spread into de.ts); TypeScript refuses a missing key.
export const invitesDe: Record<InvitesMessageKey, string> = {
  // ── H3a: sending side (Request a reseller relationship, Invite new customers, Sent requests) ──
  "invites.request.title": "Reseller-Beziehung anfragen",
  "invites.request.intro":
    "Bitten Sie einen Kunden, {partner} als Partner anzunehmen. Partner Center erstellt einen persönlichen Link, der einmal funktioniert und abläuft; senden Sie ihn von hier oder aus Ihrem eigenen E-Mail-Programm.",
  "invites.request.channelDirect":
    "Wenn der Kunde annimmt, erhält {partner} eine Direct-Bill-Reseller-Beziehung: Sie können Produkte und Abonnements für den Kunden hinzufügen (R10).",
  "invites.request.channelIndirect":
    "Wenn der Kunde annimmt, erhält {partner} eine indirekte Reseller-Beziehung (ohne Anbieter). Direct-Bill-Käufe gelten dafür nicht (R10).",
  "invites.request.email": "E-Mail-Adresse des Kunden (optional)",
  "invites.request.emailHint":
    "Die Adresse des globalen Administrators des Kunden. Ohne Adresse können Sie den Entwurf kopieren und selbst senden.",
  "invites.request.days": "Link gültig für (Tage)",
  "invites.request.daysHint": "1 bis 90 Tage.",
  "invites.request.languageLabel": "Sprache der E-Mail",
  "invites.request.language.en": "Englisch",
  "invites.request.language.de": "Deutsch",
  "invites.request.check": "Prüfen",
  "invites.request.create": "Entwurf erstellen",
  "invites.request.sentRequests": "Gesendete Anfragen",
  "invites.request.backToCustomers": "Zurück zu Kunden",
  "invites.request.emailInvalid": "Geben Sie eine gültige E-Mail-Adresse ein oder lassen Sie das Feld leer.",
  "invites.request.daysInvalid": "Geben Sie eine Anzahl von Tagen zwischen 1 und 90 ein.",
  "invites.request.localeInvalid": "Wählen Sie die Sprache der E-Mail.",
  "invites.joint.title": "Neue Kunden einladen",
  "invites.joint.intro":
    "Laden Sie einen Kunden ein, mit {reseller} und dem indirekten Anbieter {provider} zu arbeiten. Wenn der Kunde annimmt, entstehen beide Beziehungen gemeinsam oder keine (R8).",
  "invites.joint.channel":
    "Mit der Annahme erhalten {reseller} und {provider} je eine indirekte Reseller-Beziehung mit dem Kunden, miteinander verknüpft.",
  "invites.joint.notReady": "{reseller} kann noch keine gemeinsamen Einladungen mit {provider} senden:",
  "invites.joint.backToProviders": "Zurück zu indirekten Anbietern",
  "invites.preflight.passed":
    "Alle Prüfungen bestanden. Erstellen Sie den Entwurf, um den persönlichen Link zu erhalten.",
  "invites.preflight.failed": "Die Einladung kann nicht erstellt werden:",
  "invites.preflight.noAddress":
    "Ohne E-Mail-Adresse laufen die Prüfungen zum Kunden (R1, R3, R4, bestehende Beziehung) erst, wenn der Kunde annimmt.",
  "invites.preflight.noProgram":
    "{partner} ist noch in keinem Partnerprogramm aktiv und kann daher keine Kunden haben.",
  "invites.preflight.R5.account": "{reseller} hat noch kein Konto: Es braucht einen aktiven globalen Administrator.",
  "invites.preflight.R5.approved_reseller_enrollment":
    "{reseller} hat keine genehmigte Registrierung als indirekter Reseller.",
  "invites.preflight.R5.partner_agreement": "{reseller} hat die aktuelle Partnervereinbarung nicht angenommen.",
  "invites.preflight.duplicatePending":
    "es gibt bereits eine ausstehende Einladung an {email}. Senden Sie sie erneut oder widerrufen Sie sie unter „Gesendete Anfragen“.",
  "invites.preflight.duplicateExpired":
    "Ihre Einladung an {email} ist abgelaufen, aber noch offen. Senden Sie sie erneut oder widerrufen Sie sie unter „Gesendete Anfragen“.",
  "invites.draft.title": "Ihr Entwurf",
  "invites.draft.created":
    "Die Einladung ist bereit. Ihr persönlicher Link funktioniert einmal, bis {date}. Der Link wird nur jetzt angezeigt: Senden oder kopieren Sie ihn, bevor Sie die Seite verlassen.",
  "invites.draft.subject": "Betreff",
  "invites.draft.text": "Text der E-Mail",
  "invites.draft.textHint": "Passen Sie den Text nach Belieben an. Der persönliche Link wird immer darunter angefügt.",
  "invites.draft.link": "Persönlicher Link (immer enthalten)",
  "invites.draft.copy": "Kopieren",
  "invites.draft.copied": "Text und Link kopiert",
  "invites.draft.openMail": "Im E-Mail-Programm öffnen",
  "invites.draft.sendTitle": "Über Partner Center senden",
  "invites.draft.to": "E-Mail-Adresse des Kunden",
  "invites.draft.send": "Senden",
  "invites.draft.sent": "An {email} gesendet. Die E-Mail ist unterwegs.",
  "invites.draft.done": "Fertig",
  "invites.draft.defaultText.request":
    "Guten Tag,\n\n{inviter} möchte Ihr Partner für Dienste von {vendor} werden. Mit einer Reseller-Beziehung können wir Sie beraten, Dienste für Ihre Organisation kaufen und Sie unterstützen.\n\nBitte prüfen Sie die Anfrage über den persönlichen Link unten. Ein globaler Administrator Ihrer Organisation kann sie nach der Anmeldung annehmen.\n\nMit freundlichen Grüßen\n{sender}\n{inviter}",
  "invites.draft.defaultText.joint":
    "Guten Tag,\n\n{inviter} und der indirekte Anbieter {coInviter} möchten Ihre Partner für Dienste von {vendor} werden. {inviter} berät und unterstützt Sie; {coInviter} stellt die Dienste bereit.\n\nBitte prüfen Sie die Anfrage über den persönlichen Link unten. Ein globaler Administrator Ihrer Organisation kann sie nach der Anmeldung annehmen.\n\nMit freundlichen Grüßen\n{sender}\n{inviter}",
  "invites.sent.title": "Gesendete Anfragen",
  "invites.sent.intro":
    "Anfragen für Reseller-Beziehungen und gemeinsame Einladungen von {partner}. „Erneut senden“ erstellt einen neuen Link (der alte funktioniert nicht mehr); „Widerrufen“ zieht eine Anfrage zurück.",
  "invites.sent.none": "Noch keine Anfragen gesendet.",
  "invites.sent.count": "{count, plural, one {# Anfrage} other {# Anfragen}}",
  "invites.sent.col.to": "Gesendet an",
  "invites.sent.col.type": "Art",
  "invites.sent.col.sentOn": "Gesendet am",
  "invites.sent.col.expires": "Läuft ab",
  "invites.sent.col.state": "Status",
  "invites.sent.col.actions": "Aktionen",
  "invites.sent.noAddress": "Keine Adresse (Link kopiert)",
  "invites.sent.type.request": "Anfrage für eine Reseller-Beziehung",
  "invites.sent.type.jointWith": "Gemeinsame Einladung mit {partner}",
  "invites.sent.type.jointBy": "Gemeinsame Einladung von {partner} (nur lesen)",
  "invites.sent.state.PENDING": "Ausstehend",
  "invites.sent.state.ACCEPTED": "Angenommen",
  "invites.sent.state.EXPIRED": "Abgelaufen",
  "invites.sent.state.REVOKED": "Widerrufen",
  "invites.sent.state.DECLINED": "Abgelehnt",
  "invites.sent.acceptedBy": "von {customer}",
  "invites.sent.resentOn": "erneut gesendet am {date}",
  "invites.sent.refused": "verweigert: {rule} am {date}",
  "invites.sent.refusedReason.R1": "der Kunde ist in einer anderen Region",
  "invites.sent.refusedReason.R3": "ein Partner-Mandant kann kein Kunde sein",
  "invites.sent.refusedReason.R4": "ein Reseller kann nicht Kunde seines eigenen Anbieters sein",
  "invites.sent.refusedReason.R5": "der Reseller ist noch nicht bereit für Geschäfte",
  "invites.sent.refusedReason.EXISTING": "die Beziehung besteht bereits",
  "invites.sent.resend": "Erneut senden",
  "invites.sent.revoke": "Widerrufen",
  "invites.sent.resentEmailed": "Neuer Link erstellt und an {email} gesendet; der alte Link funktioniert nicht mehr.",
  "invites.sent.resentCopy":
    "Neuer Link erstellt; der alte Link funktioniert nicht mehr. Kopieren Sie ihn und senden Sie ihn an den Kunden.",
  "invites.sent.newLink": "Neuer persönlicher Link",
  "invites.sent.revoked": "Die Anfrage wurde widerrufen; ihr Link funktioniert nicht mehr.",
  // ── end H3a ──
  // ── H3b: customer side (landing page, Accept / Decline, customer account, notices) in invites-landing-de.ts ──
  ...invitesLandingDe,
};
