import { customersCreateDe } from "./customers-create-de";
import type { CustomersMessageKey } from "./customers-en";

// German strings of the Customers page, customer details, creating customers and products (R10) (spread into de.ts); TypeScript refuses a missing key.
export const customersDe: Record<CustomersMessageKey, string> = {
  ...customersCreateDe,
  "customers.title": "Kunden",
  "customers.intro":
    "Die Kunden, mit denen Sie eine Reseller-Beziehung haben. Klappen Sie einen Kunden mit dem Pfeil auf, um seine Beziehungen und Ihre Möglichkeiten zu sehen.",
  "customers.request": "Reseller-Beziehung anfragen",
  "customers.sentRequests": "Gesendete Anfragen",
  "customers.createCustomer": "Kunden erstellen",
  "customers.backToList": "Zurück zu Kunden",
  "customers.notFound": "Der Kunde wurde nicht gefunden.",

  "customers.filter.label": "Kunden suchen und filtern",
  "customers.filter.search": "Firmenname oder Domäne",
  "customers.filter.channel": "Kanal",
  "customers.filter.anyChannel": "Alle Kanäle",
  "customers.filter.provider": "Indirekter Anbieter",
  "customers.filter.anyProvider": "Alle Anbieter",
  "customers.filter.reseller": "Indirekter Reseller",
  "customers.filter.anyReseller": "Alle Reseller",
  "customers.filter.sort": "Sortieren nach",
  "customers.filter.apply": "Suchen",
  "customers.filter.clear": "Suche und Filter zurücksetzen",
  "customers.filter.ended": "{name} (Beziehung beendet)",
  "customers.sort.name": "Name (A–Z)",
  "customers.sort.name-desc": "Name (Z–A)",
  "customers.sort.newest": "Neueste Beziehung zuerst",
  "customers.sort.oldest": "Älteste Beziehung zuerst",
  "customers.channel.direct-bill": "Direct Bill",
  "customers.channel.indirect": "Indirekt",

  "customers.count": "{count, plural, one {# Kunde} other {# Kunden}}",
  "customers.countMore": "Mehr als {count, plural, one {# Kunde} other {# Kunden}}",
  "customers.pageOfMore": "Seite {page} von {pages}+",
  "customers.none": "Sie haben noch keine Kunden.",
  "customers.noneMatching": "Keine Kunden entsprechen Ihrer Suche und Ihren Filtern.",
  "customers.nonePage": "Auf dieser Seite gibt es keine Kunden.",

  "customers.col.name": "Kunde",
  "customers.col.domain": "Primäre Domäne",
  "customers.col.country": "Land",
  "customers.col.channel": "Kanal",
  "customers.col.linked": "Verknüpfter Partner",
  "customers.col.since": "Kunde seit",
  "customers.expand": "Details zu {name}",

  "customers.detail.title": "Kundendetails",
  "customers.detail.country": "Land",
  "customers.detail.relationships": "Ihre Beziehung",
  "customers.detail.type": "Reseller-Beziehung",
  "customers.detail.since": "seit {date}",
  "customers.detail.linkedProvider": "Verknüpfter indirekter Anbieter: {name}",
  "customers.detail.linkedReseller": "Verknüpfter indirekter Reseller: {name}",
  "customers.detail.linkedPartner": "Verknüpfter Partner: {name}",
  "customers.detail.otherPartners": "Weitere Partner dieses Kunden",
  "customers.detail.otherPartnersNote":
    "Angezeigt werden nur Partner, die mit Ihrer eigenen Beziehung verknüpft sind; die übrigen Partner eines Kunden bleiben vertraulich.",
  "customers.detail.noOtherPartners": "Kein weiterer Partner, den Sie sehen können.",
  "customers.detail.roleProvider": "Indirekter Anbieter",
  "customers.detail.roleReseller": "Indirekter Reseller",
  "customers.detail.rolePartner": "Partner",
  "customers.detail.products": "Produkte und Abonnements",
  "customers.detail.subscriptions": "Abonnements: {count}",
  "customers.detail.indirectNote":
    "Als Kunde eines indirekten Resellers gewonnen: Ihr indirekter Anbieter bestellt seine Produkte; der Direct-Bill-Kauf ist nicht verfügbar.",

  "customers.channel.DIRECT_BILL": "Direct Bill",
  "customers.channel.INDIRECT": "Indirekt",

  "customers.products.add": "Produkte hinzufügen",
  "customers.products.view": "Produkte anzeigen",
  "customers.products.addTitle": "Produkte für {name} hinzufügen",
  "customers.products.addIntro":
    "Geben Sie für jedes zu kaufende Produkt eine Menge ein. Jedes Produkt wird ein Abonnement, das Ihnen als Direct-Bill-Partner berechnet wird.",
  "customers.products.viewTitle": "Produkte von {name}",
  "customers.products.product": "Produkt",
  "customers.products.sku": "SKU",
  "customers.products.unitColumn": "Einheit",
  "customers.products.unit.SEAT": "pro Benutzer",
  "customers.products.unit.LICENCE": "pro Lizenz",
  "customers.products.quantity": "Menge",
  "customers.products.quantityFor": "Menge von {product}",
  "customers.products.quantityHint": "1 bis 100.000; leer lassen zum Überspringen.",
  "customers.products.quantityInvalid":
    "Geben Sie eine ganze Zahl von 1 bis 100.000 ein oder lassen Sie das Feld leer.",
  "customers.products.noneChosen": "Geben Sie für mindestens ein Produkt eine Menge ein.",
  "customers.products.reloadForm":
    "Dieses Formular ist nicht mehr aktuell. Laden Sie die Seite neu und geben Sie die Bestellung erneut ein.",
  "customers.products.alreadySubmitted":
    "Dieses Formular wurde bereits mit einer anderen Bestellung abgeschickt. Laden Sie die Seite neu, um neu zu bestellen.",
  "customers.products.submit": "Bestellung prüfen",
  "customers.products.added": "Die Bestellung wurde aufgegeben: {total} pro Monat.",
  "customers.products.unitPrice": "Preis pro Einheit und Monat",
  "customers.products.lineTotal": "Pro Monat",
  "customers.products.orderTotal": "Summe pro Monat",
  "customers.products.reviewTitle": "Bestellung prüfen",
  "customers.products.reviewIntro":
    "Noch ist nichts bestellt. Prüfen Sie Mengen und Preise; mit der Bestellung beginnen diese Abonnements für {name}, die Ihnen monatlich berechnet werden.",
  "customers.products.change": "Mengen ändern",
  "customers.products.place": "Bestellung aufgeben",
  "customers.products.ordered": "Bestellt",
  "customers.products.orderedBy": "Bestellt von",
  "customers.products.none": "Noch keine Produkte.",

  "customers.rules.R5.one": "{reseller} kann noch keine neuen Geschäfte abschließen. Es fehlt: {step1}.",
  "customers.rules.R5.two": "{reseller} kann noch keine neuen Geschäfte abschließen. Es fehlt: {step1}; {step2}.",
  "customers.rules.R5.three":
    "{reseller} kann noch keine neuen Geschäfte abschließen. Es fehlt: {step1}; {step2}; {step3}.",
  "customers.rules.R5.oneNext":
    "Bitten Sie {reseller}, den fehlenden Schritt abzuschließen, und versuchen Sie es dann erneut.",
  "customers.rules.R5.twoNext":
    "Bitten Sie {reseller}, die fehlenden Schritte abzuschließen, und versuchen Sie es dann erneut.",
  "customers.rules.R5.threeNext":
    "Bitten Sie {reseller}, die fehlenden Schritte abzuschließen, und versuchen Sie es dann erneut.",
  "customers.readiness.account": "ein Konto mit einem aktiven globalen Administrator",
  "customers.readiness.approved_reseller_enrollment": "eine genehmigte Registrierung als indirekter Reseller",
  "customers.readiness.partner_agreement": "die Annahme der aktuellen Partnervereinbarung",
  "customers.rules.R9":
    "Indirekte Reseller erstellen keine Kundenmandanten. Ihr indirekter Anbieter erstellt den Mandanten und nennt Sie als Reseller, oder Sie fragen beim Kunden eine Reseller-Beziehung an.",
  "customers.rules.R9Next": "Stattdessen eine Reseller-Beziehung anfragen",
  "customers.rules.R10":
    "{customer} wurde als Kunde eines indirekten Resellers gewonnen; der Direct-Bill-Kauf ist für ihn nicht verfügbar.",
};
