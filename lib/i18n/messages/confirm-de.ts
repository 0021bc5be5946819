import type { confirmEn } from "./confirm-en";

export const confirmDe: Record<keyof typeof confirmEn, string> = {
  "confirm.revokeInvitation.title": "Diese Einladung widerrufen?",
  "confirm.revokeInvitation.body":
    "Der an {email} gesendete Link funktioniert sofort nicht mehr, und niemand kann ihn mehr annehmen. Um erneut einzuladen, senden Sie eine neue Einladung.",
  "confirm.revokeInvitation.bodyNoAddress":
    "Der Link der Einladung funktioniert sofort nicht mehr, und niemand kann ihn mehr annehmen. Um erneut einzuladen, senden Sie eine neue Einladung.",
  "confirm.revokeInvitation.submit": "Einladung widerrufen",
  "confirm.declineRequest.title": "Die Anfrage von {partner} ablehnen?",
  "confirm.declineRequest.body":
    "{partner} erfährt, dass {organization} abgelehnt hat, und dieser Link funktioniert nicht mehr. Sie können die Anfrage später nicht annehmen; {partner} müsste eine neue Anfrage senden.",
  "confirm.declineRequest.submit": "Anfrage ablehnen",
  "confirm.resetPassword.title": "Das Kennwort von {name} zurücksetzen?",
  "confirm.resetPassword.body":
    "Das aktuelle Kennwort von {name} funktioniert nicht mehr, und alle Sitzungen enden sofort. Sie erhalten ein temporäres Kennwort zum Weitergeben; es muss bei der nächsten Anmeldung geändert werden.",
  "confirm.resetPassword.submit": "Kennwort zurücksetzen",
  "confirm.disableUser.title": "{name} deaktivieren?",
  "confirm.disableUser.body":
    "{name} wird sofort auf allen Geräten abgemeldet und kann sich erst wieder anmelden, wenn ein Administrator das Konto aktiviert. Rollen und Verlauf bleiben erhalten.",
  "confirm.disableUser.submit": "Benutzer deaktivieren",
  "confirm.removeUser.title": "{name} entfernen?",
  "confirm.removeUser.body":
    "{name} ({email}) verliert sofort den Zugang: Alle Sitzungen enden, und das Konto wird aus Ihrer Organisation gelöscht. Das lässt sich nicht rückgängig machen; das Überwachungsprotokoll behält, wer es war.",
  "confirm.removeUser.submit": "Benutzer entfernen",
  "confirm.endRelationship.title": "Die Beziehung zwischen {provider} und {reseller} beenden?",
  "confirm.endRelationship.body":
    "Die beiden Partner arbeiten ab sofort nicht mehr als Indirekter Anbieter und Indirekter Reseller zusammen, und beide Hauptansprechpartner erhalten eine E-Mail mit Ihrer Begründung. Bestehende Kundenbeziehungen bleiben. Das lässt sich nicht rückgängig machen: Eine erneute Zusammenarbeit braucht eine neue Einladung.",
  "confirm.endRelationship.submit": "Beziehung beenden",
  "confirm.rejectEnrollment.title": "Die Registrierung von {organization} ablehnen?",
  "confirm.rejectEnrollment.body":
    "Die Registrierung endet als abgelehnt, und der Hauptansprechpartner erhält eine E-Mail mit Ihrer Begründung. Diese Entscheidung lässt sich danach nicht ändern.",
  "confirm.rejectEnrollment.submit": "Registrierung ablehnen",
  "confirm.closeSupportRequest.title": "Diese Supportanfrage schließen?",
  "confirm.closeSupportRequest.body":
    "Auf „{subject}“ kann niemand mehr antworten, und sie lässt sich nicht wieder öffnen; der Partner müsste eine neue Anfrage erstellen.",
  "confirm.closeSupportRequest.submit": "Anfrage schließen",
  "confirm.acceptTransition.title": "Die Vereinbarung für Indirekte Reseller annehmen?",
  "confirm.acceptTransition.body":
    "{name} wird sofort Indirekter Reseller. Es gibt kein Zurück: Das lässt sich später nicht rückgängig machen.",
  "confirm.signOutEverywhere.title": "Überall abmelden?",
  "confirm.signOutEverywhere.body":
    "Alle Sitzungen Ihres Kontos enden sofort, auf jedem Gerät, auch auf diesem. Danach melden Sie sich erneut an.",
  "confirm.signOutEverywhere.submit": "Überall abmelden",
};
