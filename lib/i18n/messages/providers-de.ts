import type { ProvidersMessageKey } from "./providers-en";

// German strings of the Indirect providers page (reseller side), support requests and ending relationships (spread into de.ts); TypeScript refuses a missing key.
export const providersDe: Record<ProvidersMessageKey, string> = {
  "providers.title": "Indirekte Anbieter",
  "providers.intro":
    "Die indirekten Anbieter, die Ihre Organisation autorisiert hat. Jeder darf für die Kunden, die Sie mit ihm teilen, Bestellungen aufgeben und Abonnements hinzufügen; er sieht nie Ihre anderen Kunden, und Sie sehen nie seine anderen Kunden (R7).",
  "providers.endHint":
    "Weder Sie noch ein Anbieter können eine Beziehung beenden: Das tut nur der Support des Herstellers, auf Anfrage.",
  "providers.endHintLink": "Supportanfrage erstellen",
  "providers.notReadyTitle": "R5: „Neue Kunden einladen“ ist verfügbar, sobald Ihre Organisation Folgendes hat:",
  "providers.step.account": "ein Konto mit einem aktiven globalen Administrator",
  "providers.step.approved_reseller_enrollment": "eine genehmigte Registrierung als indirekter Reseller",
  "providers.step.partner_agreement":
    "die aktuelle Partnervereinbarung akzeptiert (ein globaler Administrator akzeptiert sie in der Übersicht)",
  "providers.inviteNotReady": "Neue Kunden einladen: noch nicht verfügbar – siehe die fehlenden Schritte oben (R5).",
  "providers.search": "Nach Name oder PN-ID des Anbieters suchen",
  "providers.searchButton": "Suchen",
  "providers.count": "{count, plural, one {# Beziehung} other {# Beziehungen}}",
  "providers.none":
    "Es wurde noch kein indirekter Anbieter autorisiert. Wenn ein Anbieter Ihre Organisation einlädt, autorisiert ihn ein globaler Administrator über den Einladungslink.",
  "providers.noMatch": "Nichts entspricht Ihrer Suche.",
  "providers.status.ACTIVE": "Aktiv",
  "providers.status.ENDED": "Beendet",
  "providers.endedOn": "Beendet am {date}",
  "providers.endedOnWithReason": "Beendet am {date} – {reason}",
  "providers.pnId": "PN-ID",
  "providers.region": "Region",
  "providers.since": "Seit",
  "providers.contact": "Primärer Kontakt",
  "providers.support": "Kundensupport",
  "providers.viewCustomers": "Kunden anzeigen",
  "providers.inviteCustomers": "Neue Kunden einladen",
  "providers.backToList": "Indirekte Anbieter",
  "providers.sharedTitle": "Mit {provider} geteilte Kunden",
  "providers.sharedIntro":
    "Kunden, mit denen sowohl Ihre Organisation als auch {provider} (PN-ID {pnId}) eine Reseller-Beziehung hat. Kunden, die nur einer von Ihnen hat, werden nicht angezeigt (R7).",
  "providers.sharedEnded":
    "Die Beziehung mit {provider} wurde am {date} beendet. Die Beziehungen der Kunden selbst wurden nicht geändert.",
  "providers.searchCustomers": "Nach Kundenname oder Domäne suchen",
  "providers.sharedCount": "{count, plural, one {# geteilter Kunde} other {# geteilte Kunden}}",
  "providers.sharedNone": "Sie teilen noch keinen Kunden mit {provider}.",
  "providers.customer": "Kunde",
  "providers.domain": "Domäne",
  "providers.country": "Land",
  "providers.customerSince": "Ihre Beziehung seit",

  "relationships.operatorLink": "Anbieter-Reseller-Beziehungen",
  "relationships.title": "Anbieter-Reseller-Beziehungen",
  "relationships.detailTitle": "Anbieter-Reseller-Beziehung",
  "relationships.intro":
    "Alle Beziehungen zwischen einem indirekten Anbieter und einem indirekten Reseller. Nur der Betreiber beendet eine (R15); ihr Verlauf bleibt erhalten.",
  "relationships.search": "Nach Name oder PN-ID eines der Partner suchen",
  "relationships.filterStatus": "Status",
  "relationships.allStatuses": "Alle Status",
  "relationships.apply": "Anwenden",
  "relationships.count": "{count, plural, one {# Beziehung} other {# Beziehungen}}",
  "relationships.none": "Keine Beziehung gefunden.",
  "relationships.pair": "Beziehung",
  "relationships.pairLabel": "{provider} → {reseller}",
  "relationships.provider": "Anbieter",
  "relationships.reseller": "Reseller",
  "relationships.status": "Status",
  "relationships.backToList": "Anbieter-Reseller-Beziehungen",
  "relationships.details": "Beziehung",
  "relationships.endedAt": "Beendet am",
  "relationships.endedBy": "Beendet von",
  "relationships.endReason": "Grund",
  "relationships.supportRequests": "Supportanfragen dazu",

  "endRelationship.title": "Beziehung beenden",
  "endRelationship.hint":
    "Die primären Kontakte beider Partner erhalten eine E-Mail, und die Beziehung bleibt in beiden Listen als beendet sichtbar. Kundenbeziehungen werden nicht geändert.",
  "endRelationship.fromRequestHint":
    "Beendet die Beziehung, um die es in dieser Anfrage geht: Beide Partner werden benachrichtigt, und die Anfrage wird mit dem Grund beantwortet und geschlossen. Kundenbeziehungen werden nicht geändert.",
  "endRelationship.alreadyEndedNote": "Diese Beziehung wurde beendet.",
  "endRelationship.reason": "Grund",
  "endRelationship.reasonHint": "Erforderlich. Beide Partner sehen ihn. Höchstens 2.000 Zeichen.",
  "endRelationship.submit": "Beziehung beenden",
  "endRelationship.ended": "Die Beziehung wurde beendet. Beide Partner wurden benachrichtigt.",
  "endRelationship.endedFromRequest":
    "Die Beziehung wurde beendet, beide Partner wurden benachrichtigt, und die Anfrage wurde beantwortet und geschlossen.",
  "endRelationship.alreadyEnded": "Diese Beziehung wurde bereits am {date} beendet.",
  "endRelationship.notFound": "Die Beziehung wurde nicht gefunden.",
  "endRelationship.reasonRequired": "Geben Sie den Grund ein.",
  "endRelationship.reasonTooLong": "Verwenden Sie höchstens 2.000 Zeichen.",
  "endRelationship.reasonInvalid": "Entfernen Sie Steuerzeichen aus dem Grund.",
  "endRelationship.supportReply":
    "Wir haben die Anbieter-Reseller-Beziehung zwischen {provider} (Anbieter) und {reseller} (Reseller) beendet. Grund: {reason}",
};
