import type { CustomersCreateMessageKey } from "./customers-create-en";

// German strings of "Create a customer" (R9) and the customer forms' field messages (spread into customers-de.ts); TypeScript refuses a missing key.
export const customersCreateDe: Record<CustomersCreateMessageKey, string> = {
  "customers.create.title": "Kunden erstellen",
  "customers.create.intro":
    "Erstellen Sie einen neuen Kundenmandanten und seinen globalen Administrator. Der Kunde hat sofort eine Reseller-Beziehung mit Ihnen.",
  "customers.create.introProvider":
    "Als indirekter Anbieter erstellen Sie den Kunden für einen Ihrer indirekten Reseller: Der Kunde erscheint in Ihrer Kundenliste und in der des Resellers.",
  "customers.create.companySection": "Unternehmen",
  "customers.create.companyName": "Firmenname",
  "customers.create.domain": "Primäre Domäne",
  "customers.create.domainHint":
    "Die eigene Domäne des Kunden, z. B. contoso.example. Sie darf von keiner anderen Organisation verwendet werden.",
  "customers.create.country": "Land",
  "customers.create.countryHint": "Ihre Region bestimmt, welche Länder Sie betreuen können (R1).",
  "customers.create.chooseCountry": "Land auswählen",
  "customers.create.adminSection": "Globaler Administrator",
  "customers.create.adminName": "Vollständiger Name",
  "customers.create.adminEmail": "E-Mail (Anmeldename)",
  "customers.create.adminEmailHint": "Eine Adresse in der primären Domäne des Kunden.",
  "customers.create.resellerSection": "Indirekter Reseller",
  "customers.create.reseller": "Erstellen für den indirekten Reseller",
  "customers.create.resellerHint": "Einer Ihrer aktiven indirekten Reseller, der Geschäfte abschließen kann (R5).",
  "customers.create.chooseReseller": "Reseller auswählen",
  "customers.create.noReseller": "Keiner: mein eigener Direct-Bill-Kunde",
  "customers.create.noResellers":
    "Sie haben noch keinen aktiven indirekten Reseller. Laden Sie zuerst unter „Indirekte Reseller“ einen ein.",
  "customers.create.submit": "Kunden erstellen",
  "customers.create.notAllowedTitle": "Sie können keine Kundenmandanten erstellen",
  "customers.create.createdTitle": "Kunde erstellt",
  "customers.create.createdIntro":
    "{name} wurde erstellt. Geben Sie diese Anmeldedaten an den globalen Administrator weiter; er muss das Kennwort bei der ersten Anmeldung ändern.",
  "customers.create.createdForReseller": "{name} wurde für {reseller} erstellt und erscheint in beiden Kundenlisten.",
  "customers.create.openCustomer": "Kunden öffnen",
  "customers.create.another": "Weiteren Kunden erstellen",

  "customers.create.domainInvalid": "Geben Sie eine Domäne wie contoso.example ein.",
  "customers.create.domainWebmail": "Verwenden Sie die eigene Domäne des Kunden, keinen Webmail-Dienst.",
  "customers.create.domainTaken": "Diese Domäne wird bereits von einer anderen Organisation verwendet.",
  "customers.create.countryInvalid": "Wählen Sie ein Land aus.",
  "customers.create.emailInvalid": "Geben Sie eine gültige E-Mail-Adresse ein.",
  "customers.create.emailDomain": "Verwenden Sie eine Adresse in der primären Domäne des Kunden.",
  "customers.create.emailTaken": "Für diese E-Mail-Adresse gibt es bereits ein Konto.",
  "customers.create.resellerUnknown": "Wählen Sie einen Ihrer aktiven indirekten Reseller aus.",
  "customers.create.resellerRequired": "Wählen Sie den indirekten Reseller, für den Sie diesen Kunden erstellen (R9).",
  "customers.create.resellerNotReady": "Dieser Reseller kann noch keine neuen Geschäfte abschließen (R5).",

  "customers.field.required": "Dieses Feld ist erforderlich.",
  "customers.field.tooLong": "Der Text ist zu lang.",
  "customers.field.controlCharacters": "Entfernen Sie die Steuerzeichen.",
};
