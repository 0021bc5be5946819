import type { EnrollMessageKey } from "./enroll-en";

// German strings of the enrollment wizard (spread into de.ts); TypeScript refuses a missing key.
export const enrollDe: Record<EnrollMessageKey, string> = {
  "enroll.program.INDIRECT_RESELLER": "indirekter Reseller",
  "enroll.program.INDIRECT_PROVIDER": "indirekter Anbieter",
  "enroll.program.DIRECT_BILL": "Direct-Bill-Partner",
  "enroll.programTitle.INDIRECT_RESELLER": "Als indirekter Reseller registrieren",
  "enroll.programTitle.INDIRECT_PROVIDER": "Als indirekter Anbieter registrieren",
  "enroll.programTitle.DIRECT_BILL": "Als Direct-Bill-Partner registrieren",
  "enroll.programIntro.INDIRECT_RESELLER":
    "Indirekte Reseller verkaufen Clouddienste über einen indirekten Anbieter an ihre Kunden; der Anbieter übernimmt Abrechnung, Support und Bestellungen.",
  "enroll.programIntro.INDIRECT_PROVIDER":
    "Indirekte Anbieter (Distributoren) kaufen Clouddienste beim Hersteller und bieten sie mit Abrechnung und Support einem Netz indirekter Reseller an.",
  "enroll.programIntro.DIRECT_BILL":
    "Direct-Bill-Partner kaufen Clouddienste direkt beim Hersteller und übernehmen Abrechnung und Support ihrer Kunden selbst.",

  "enroll.chooser.title": "Als Partner registrieren",
  "enroll.chooser.intro":
    "Wählen Sie das Programm, an dem Sie teilnehmen möchten. Sie registrieren sich jeweils für ein Programm; eine Organisation, die bereits an einem Programm teilnimmt, ergänzt für ein weiteres nur die fehlenden Angaben.",
  "enroll.chooser.haveAccount": "Sie haben bereits ein Partner Center-Konto?",

  "enroll.steps.label": "Schritte der Registrierung",
  "enroll.steps.welcome": "Willkommen",
  "enroll.steps.account": "Geschäftskonto",
  "enroll.steps.pnId": "PN-ID",
  "enroll.steps.details": "Angaben zur Organisation",
  "enroll.steps.verify": "E-Mail bestätigen",
  "enroll.steps.done": "erledigt",
  "enroll.pageTitle.welcome": "Registrierung: Willkommen",
  "enroll.pageTitle.account": "Registrierung: Geschäftskonto",
  "enroll.pageTitle.createAccount": "Registrierung: Geschäftskonto erstellen",
  "enroll.pageTitle.details": "Registrierung: Angaben zur Organisation",
  "enroll.pageTitle.profile": "Registrierung: Organisationsprofil",
  "enroll.pageTitle.pnId": "Registrierung: Partner Network ID",
  "enroll.pageTitle.verify": "Registrierung: E-Mail bestätigen",

  "enroll.welcome.title": "Willkommen",
  "enroll.welcome.beforeYouBegin": "Bevor Sie beginnen",
  "enroll.welcome.gather":
    "Während der Registrierung benötigen Sie Folgendes. Nehmen Sie sich am besten vorher ein paar Minuten Zeit, um es bereitzulegen:",
  "enroll.welcome.workAccount.title": "Anmeldedaten eines globalen Administrators Ihres Geschäftskontos",
  "enroll.welcome.workAccount.body":
    "Die E-Mail-Adresse und das Kennwort, mit denen Sie sich als globaler Administrator beim Geschäftskonto Ihrer Organisation anmelden. Wenn Sie noch kein Geschäftskonto haben, können Sie während der Registrierung eines erstellen.",
  "enroll.welcome.membership.title": "E-Mail-Adresse und Kennwort Ihres Kontos im Partner-Mitgliederverzeichnis",
  "enroll.welcome.membership.body":
    "Damit verknüpfen wir die Partner Network ID (PN-ID) Ihrer Organisation mit Ihrem neuen Partner Center-Konto, sodass Sie Ihre Mitgliedsvorteile bei {vendor} hier verwalten können.",
  "enroll.welcome.details.title":
    "Offizieller Firmenname, Anschrift, primärer Kontakt und Supportangaben Ihrer Organisation",
  "enroll.welcome.details.body":
    "Damit bestätigen wir, dass Ihre Organisation ein bestehendes Profil bei {vendor} hat und dass Sie berechtigt sind, in ihrem Namen zu handeln.",
  "enroll.welcome.reviewTime":
    "Die Prüfung Ihrer Angaben kann einige Tage dauern. Wir benachrichtigen Ihren primären Kontakt per E-Mail, sobald sie abgeschlossen ist.",
  "enroll.welcome.otherProgram": "Anderes Programm wählen",

  "enroll.transition.title": "Mit Ihrem bestehenden Mandanten als indirekter Reseller registrieren",
  "enroll.transition.intro":
    "{organization} ist ein Direct-Bill-Partner, der für den Wechsel zum indirekten Reseller vorgesehen ist. Ihr Geschäft als indirekter Reseller verwendet dasselbe Geschäftskonto (denselben Mandanten) wie Ihr Direktgeschäft.",
  "enroll.transition.step.current": "Stellen Sie sicher, dass Ihr Partnerprofil und Ihre PN-ID aktuell sind.",
  "enroll.transition.step.globalAdmin": "Fahren Sie als globaler Administrator Ihres Direct-Bill-Mandanten fort.",
  "enroll.transition.step.review":
    "Prüfen Sie Ihre Partnerangaben im Registrierungsformular und wählen Sie „Jetzt registrieren“. Nehmen Sie nach der Genehmigung auf der Übersicht die Vereinbarung für indirekte Reseller an.",
  "enroll.transition.noRollbackTitle": "Dieser Schritt kann nicht rückgängig gemacht werden",
  "enroll.transition.noRollback":
    "Sobald Ihre Organisation mit ihrem Direct-Bill-Mandanten als indirekter Reseller registriert ist, lassen sich die Funktionen für indirekte Reseller nicht mehr entfernen. Seien Sie sicher, bevor Sie fortfahren.",

  "enroll.account.title": "Mit Ihrem Geschäftskonto anmelden",
  "enroll.account.intro":
    "Melden Sie sich als globaler Administrator des Geschäftskontos Ihrer Organisation an, oder erstellen Sie jetzt ein Geschäftskonto.",
  "enroll.account.haveOne": "Ich habe ein Geschäftskonto",
  "enroll.account.haveOneBody":
    "Melden Sie sich mit E-Mail-Adresse und Kennwort eines globalen Administrators Ihrer Organisation an.",
  "enroll.account.noAccount": "Ich habe kein Geschäftskonto",
  "enroll.account.noAccountBody":
    "Erstellen Sie ein Geschäftskonto für Ihre Organisation. Sie werden dessen globaler Administrator.",
  "enroll.account.createOne": "Konto erstellen",
  "enroll.account.signedInAs": "Sie sind als {name} ({email}) von {organization} angemeldet.",
  "enroll.account.useAnother": "Mit einem anderen Konto anmelden",
  "enroll.account.cannotContinue": "Mit diesem Konto können Sie nicht fortfahren",
  "enroll.account.domainInvalid": "Geben Sie einen Domänennamen wie fabrikam.com ein, ohne http:// und ohne @.",
  "enroll.account.domainWebmail":
    "Verwenden Sie die eigene Domäne Ihrer Organisation, nicht die eines webbasierten E-Mail-Dienstes.",
  "enroll.account.domainTaken":
    "Es gibt bereits ein Geschäftskonto mit dieser primären Domäne. Melden Sie sich stattdessen damit an.",
  "enroll.account.emailDomain": "Verwenden Sie eine E-Mail-Adresse der eingegebenen primären Domäne.",
  "enroll.account.emailTaken":
    "Es gibt bereits ein Konto mit dieser E-Mail-Adresse. Melden Sie sich stattdessen damit an.",
  "enroll.account.rateLimited": "Zu viele Versuche. Warten Sie {minutes} Min. und versuchen Sie es erneut.",

  "enroll.create.title": "Geschäftskonto erstellen",
  "enroll.create.intro":
    "Das Geschäftskonto Ihrer Organisation enthält ihre Benutzer. Sie werden globaler Administrator und Administratoragent und sofort angemeldet.",
  "enroll.create.organizationSection": "Ihre Organisation",
  "enroll.create.organizationName": "Name der Organisation",
  "enroll.create.domain": "Primäre Domäne",
  "enroll.create.domainHint":
    "Die Internetdomäne Ihrer Organisation, zum Beispiel fabrikam.com. Sie muss eindeutig sein.",
  "enroll.create.country": "Land oder Region",
  "enroll.create.countryHint":
    "Wo Ihre Organisation eingetragen ist. Das Organisationsprofil Ihrer PN-ID muss im selben Land liegen (R13).",
  "enroll.create.adminSection": "Ihr Konto als globaler Administrator",
  "enroll.create.adminName": "Ihr vollständiger Name",
  "enroll.create.email": "Ihre E-Mail-Adresse",
  "enroll.create.emailHint":
    "Eine Adresse der primären Domäne, zum Beispiel sie@fabrikam.com. Damit melden Sie sich an.",
  "enroll.create.password": "Kennwort",
  "enroll.create.confirmPassword": "Kennwort bestätigen",
  "enroll.create.submit": "Konto erstellen und fortfahren",

  "enroll.pnId.title": "Partner Network ID verknüpfen",
  "enroll.pnId.explanation":
    "Wir verknüpfen die Partner Network ID (PN-ID) Ihrer Organisation mit Ihrem neuen Partner Center-Konto, damit Sie Ihre Mitgliedsvorteile und Anreize bei {vendor} hier verwalten können. Melden Sie sich beim Partner-Mitgliederverzeichnis an, in dem Sie Ihr Partnerkonto heute verwalten, um Ihre PN-ID abzurufen.",
  "enroll.pnId.countryNote":
    "Wählen Sie die PN-ID eines aktiven Organisationsprofils im selben Land bzw. in derselben Region wie das Geschäftskonto von {organization}.",
  "enroll.membership.title": "Beim Partner-Mitgliederverzeichnis anmelden",
  "enroll.membership.intro": "Verwenden Sie Ihr Konto im Mitgliederverzeichnis, nicht Ihr Geschäftskonto.",
  "enroll.membership.email": "E-Mail-Adresse des Mitgliedskontos",
  "enroll.membership.password": "Kennwort des Mitgliedskontos",
  "enroll.membership.invalid": "Die E-Mail-Adresse oder das Kennwort des Mitgliedskontos ist falsch.",
  "enroll.membership.rateLimited": "Zu viele Anmeldeversuche. Warten Sie {minutes} Min. und versuchen Sie es erneut.",
  "enroll.membership.alreadyLinked":
    "Die PN-ID Ihrer Organisation ist bereits verknüpft; fahren Sie mit den Angaben zur Organisation fort.",
  "enroll.membership.signInAgain": "Melden Sie sich erneut beim Partner-Mitgliederverzeichnis an.",

  "enroll.profiles.title": "Organisationsprofil auswählen",
  "enroll.profiles.intro":
    "Organisationsprofile des Mitgliedskontos {email}. Wählen Sie die PN-ID, mit der Ihre Anreize, Mitgliedsvorteile und Kompetenzen verknüpft sind. Nur aktive Profile in {country} können gewählt werden.",
  "enroll.profiles.legend": "Organisationsprofile",
  "enroll.profiles.pnId": "PN-ID",
  "enroll.profiles.active": "aktiv",
  "enroll.profiles.inactive": "inaktiv",
  "enroll.profiles.none": "Dieses Mitgliedskonto hat keine Organisationsprofile.",
  "enroll.profiles.cancelHint":
    "Wenn die gewünschte PN-ID nicht aufgeführt ist, wählen Sie „Abbrechen“ und melden Sie sich mit dem Mitgliedskonto dieses Organisationsprofils an.",
  "enroll.profiles.chooseOne": "Wählen Sie eines der aufgeführten Organisationsprofile.",

  "enroll.r12.webmail": "{domain} ist ein webbasierter E-Mail-Dienst; verwenden Sie eine Adresse Ihrer Organisation.",
  "enroll.r12.webmailField":
    "{domain} ist ein webbasierter E-Mail-Dienst; verwenden Sie eine Adresse Ihrer Organisation.",
  "enroll.r13.inactive": "inaktiv",
  "enroll.r13.country": "in {profileCountry}; Ihr Mandant ist in {tenantCountry}",
  "enroll.r13.linked": "bereits mit einer anderen Partnerorganisation verknüpft",
  "enroll.r13.addressCountry":
    "Die Geschäftsadresse muss in {country} liegen, dem Land Ihres Geschäftskontos und Ihrer PN-ID.",
  "enroll.r13.addressCountryField": "Die Geschäftsadresse muss im Land Ihres Geschäftskontos liegen.",
  "enroll.r14.notEligible":
    "{organization} ist ein Direct-Bill-Partner, der nicht für den Wechsel zum indirekten Reseller freigegeben ist.",
  "enroll.r14.notEligibleNext":
    "Nur Partner, die der Hersteller für den Ausstieg aus Direct Bill vorgesehen hat, können sich mit ihrem Direct-Bill-Mandanten registrieren.",
  "enroll.refused.customerTenant":
    "Sie sind mit einem Konto von {organization} angemeldet, einer Kundenorganisation. Nur ein Partner-Geschäftskonto kann sich registrieren: Melden Sie sich mit einem anderen Konto an, oder erstellen Sie eines.",
  "enroll.refused.notGlobalAdmin":
    "Nur ein globaler Administrator von {organization} kann die Organisation registrieren, und {email} ist keiner. Bitten Sie einen globalen Administrator um die Registrierung, oder melden Sie sich mit einem anderen Konto an.",
  "enroll.refused.alreadyEnrolled":
    "Ihre Organisation hat sich bereits als {program} registriert. Sehen Sie sich den Status an.",
  "enroll.refused.noDraft": "Beginnen Sie die Registrierung auf ihrer Willkommensseite.",

  "enroll.details.title": "Angaben zur Organisation",
  "enroll.details.intro":
    "Geben Sie das offizielle Unternehmensprofil, den primären Kontakt und die Angaben zum Kundensupport Ihrer Organisation an, und wählen Sie dann „Jetzt registrieren“.",
  "enroll.details.introExisting":
    "Ihre Organisation nimmt bereits an einem anderen Programm teil: Prüfen Sie ihre Angaben und geben Sie die Supportangaben für dieses Programm an. Wählen Sie dann „Jetzt registrieren“.",
  "enroll.details.introTransition":
    "Prüfen Sie Ihre Partnerangaben und die Supportangaben, und wählen Sie dann „Jetzt registrieren“. Ihr Geschäft als indirekter Reseller verwendet Ihren bestehenden Direct-Bill-Mandanten.",
  "enroll.details.existingTitle": "Ihr Partnerprofil",
  "enroll.details.changeInProfile":
    "Diese Angaben ändert ein globaler Administrator unter Einstellungen → Partnerprofil.",
  "enroll.details.linkedPnId": "Die PN-ID {pnId} ({name}) wird mit Ihrem Konto verknüpft.",
  "enroll.details.pnId": "PN-ID",
  "enroll.details.address": "Anschrift",
  "enroll.details.primaryContact": "Primärer Kontakt",
  "enroll.details.legalSection": "Offizielles Unternehmensprofil",
  "enroll.details.legalName": "Offizieller Firmenname",
  "enroll.details.addressLine1": "Adresszeile 1",
  "enroll.details.addressLine2": "Adresszeile 2",
  "enroll.details.city": "Ort",
  "enroll.details.postalCode": "Postleitzahl",
  "enroll.details.country": "Land oder Region",
  "enroll.details.contactSection": "Primärer Kontakt",
  "enroll.details.contactIntro":
    "Die Person, an die wir uns wegen Ihrer Registrierung wenden: Sie oder jemand anderes in Ihrer Organisation. Wir bitten sie per E-Mail, die Adresse zu bestätigen, und senden ihr Neuigkeiten zur Registrierung.",
  "enroll.details.contactName": "Name des Kontakts",
  "enroll.details.contactEmail": "E-Mail-Adresse des Kontakts",
  "enroll.details.contactEmailHint":
    "Eine Adresse Ihrer Organisation: Webbasierte E-Mail-Dienste wie Gmail, Yahoo! Mail, iCloud Mail, AOL Mail oder Outlook.com werden nicht akzeptiert (R12).",
  "enroll.details.contactPhone": "Telefonnummer des Kontakts",
  "enroll.details.supportSection": "Angaben zum Kundensupport",
  "enroll.details.supportIntro": "Wie Ihre Kunden Ihren Support erreichen.",
  "enroll.details.supportEmail": "Support-E-Mail-Adresse",
  "enroll.details.supportPhone": "Support-Telefonnummer",
  "enroll.details.supportWebsite": "Support-Website",
  "enroll.details.supportWebsiteHint": "Zum Beispiel https://support.fabrikam.com",
  "enroll.details.confirmNoRollback":
    "Mir ist bewusst, dass die Registrierung als indirekter Reseller mit unserem Direct-Bill-Mandanten nicht rückgängig gemacht werden kann.",
  "enroll.details.confirmNoRollbackRequired":
    "Bestätigen Sie, dass Ihnen bewusst ist, dass der Wechsel nicht rückgängig gemacht werden kann (R14).",
  "enroll.details.submit": "Jetzt registrieren",

  "enroll.field.required": "Füllen Sie dieses Feld aus.",
  "enroll.field.optional": "optional",
  "enroll.field.tooLong20": "Verwenden Sie höchstens 20 Zeichen.",
  "enroll.field.tooLong40": "Verwenden Sie höchstens 40 Zeichen.",
  "enroll.field.tooLong100": "Verwenden Sie höchstens 100 Zeichen.",
  "enroll.field.tooLong200": "Verwenden Sie höchstens 200 Zeichen.",
  "enroll.field.tooLong253": "Verwenden Sie höchstens 253 Zeichen.",
  "enroll.field.tooLong254": "Verwenden Sie höchstens 254 Zeichen.",
  "enroll.field.tooLong300": "Verwenden Sie höchstens 300 Zeichen.",
  "enroll.field.controlCharacters": "Entfernen Sie die Steuerzeichen (etwa Tabulatoren oder Zeilenumbrüche).",
  "enroll.field.emailInvalid": "Geben Sie eine gültige E-Mail-Adresse ein, etwa name@fabrikam.com.",
  "enroll.field.phoneInvalid":
    "Geben Sie eine Telefonnummer mit mindestens 5 Ziffern ein, nur mit Ziffern, Leerzeichen und + ( ) - . /, etwa +49 30 1234567.",
  "enroll.field.websiteInvalid":
    "Geben Sie eine Webadresse ein, die mit https:// oder http:// beginnt, etwa https://support.fabrikam.com.",
  "enroll.field.postalCodeInvalid": "Verwenden Sie nur Buchstaben, Ziffern, Leerzeichen und Bindestriche.",
  "enroll.field.countryInvalid": "Wählen Sie ein Land bzw. eine Region aus der Liste.",
  "enroll.field.chooseCountry": "Auswählen…",

  "enroll.submitted.verifyTitle": "Bestätigen Sie Ihre E-Mail-Adresse",
  "enroll.submitted.verifyBody":
    "Vielen Dank! Wir haben einen Bestätigungslink an den primären Kontakt gesendet: {email}. Die Prüfung Ihrer Registrierung beginnt, sobald die Adresse bestätigt ist.",
  "enroll.submitted.verifyExpiry":
    "Der Link ist {days, plural, one {einen Tag} other {# Tage}} gültig. Wenn er nicht ankommt, sehen Sie im Spam-Ordner nach oder senden Sie ihn erneut.",
  "enroll.submitted.reviewTitle": "Ihre Registrierung wird geprüft",
  "enroll.submitted.reviewBody":
    "Vielen Dank! Wir benachrichtigen den primären Kontakt, {email}, per E-Mail, sobald die Prüfung abgeschlossen ist.",
  "enroll.submitted.resend": "Link erneut senden",
  "enroll.submitted.resent":
    "Ein neuer Bestätigungslink ist unterwegs an {email}. Frühere Links funktionieren nicht mehr.",
  "enroll.submitted.resendWait":
    "Gerade wurde ein Link gesendet. Warten Sie eine Minute, bevor Sie einen weiteren senden.",
  "enroll.submitted.alreadyVerified": "Die E-Mail-Adresse des primären Kontakts ist bereits bestätigt.",

  "enroll.status.title": "Registrierungsstatus",
  "enroll.status.link": "Registrierungsstatus anzeigen",
  "enroll.status.current": "Status",
  "enroll.status.AWAITING_EMAIL_VERIFICATION": "Warten auf E-Mail-Bestätigung",
  "enroll.status.IN_REVIEW": "In Prüfung",
  "enroll.status.APPROVED": "Genehmigt",
  "enroll.status.REJECTED": "Abgelehnt",
  "enroll.status.viaTransition": "Wechsel von Direct Bill (R14)",
  "enroll.status.none": "Ihre Organisation hat sich noch für kein Programm registriert.",
  "enroll.status.noAccess":
    "Den Registrierungsstatus sehen nur globale Administratoren und Benutzer, die das Partnerprofil ansehen dürfen.",
  "enroll.status.drafts": "Begonnene Registrierungen",
  "enroll.status.draftSaved": "zuletzt gespeichert am {date}",
  "enroll.status.otherPrograms": "Für ein weiteres Programm registrieren",
  "enroll.status.toPortal": "Zum Partner Center",
  "enroll.timeline.label": "Verlauf",
  "enroll.timeline.submitted": "Eingereicht",
  "enroll.timeline.emailVerified": "E-Mail-Adresse des primären Kontakts bestätigt",
  "enroll.timeline.waitingFor": "Warten, bis {email} dem Bestätigungslink folgt.",
  "enroll.timeline.inReview": "In Prüfung",
  "enroll.timeline.approved": "Genehmigt",
  "enroll.timeline.rejected": "Abgelehnt",
  "enroll.timeline.reason": "Begründung: {reason}",
  "enroll.timeline.pending": "ausstehend",
  "enroll.timeline.done": "erledigt",

  "enroll.verifyEmail.title": "E-Mail-Adresse bestätigen",
  "enroll.verifyEmail.intro":
    "Bestätigen Sie, dass diese E-Mail-Adresse Ihnen und Ihrer Organisation gehört und dass Sie sich für ein Partner Center-Konto registriert haben. Die Prüfung der Registrierung beginnt, sobald sie bestätigt ist.",
  "enroll.verifyEmail.submit": "E-Mail-Adresse bestätigen",
  "enroll.verifyEmail.verified":
    "Vielen Dank: {email} ist als primärer Kontakt von {organization} bestätigt. Die Prüfung der Registrierung hat begonnen; wir benachrichtigen Sie per E-Mail, sobald sie abgeschlossen ist.",
  "enroll.verifyEmail.statusLink": "Registrierungsstatus anzeigen",
  "enroll.verifyEmail.unknown.title": "Dieser Link funktioniert nicht.",
  "enroll.verifyEmail.unknown.body":
    "Prüfen Sie, ob Sie den vollständigen Link aus der E-Mail geöffnet haben. Ein globaler Administrator kann auf der Seite zum Registrierungsstatus einen neuen senden.",
  "enroll.verifyEmail.used.title": "Dieser Link wurde bereits verwendet.",
  "enroll.verifyEmail.used.body":
    "Jeder Bestätigungslink funktioniert einmal. Wenn die Adresse bestätigt ist, ist nichts weiter zu tun.",
  "enroll.verifyEmail.expired.title": "Dieser Link ist abgelaufen.",
  "enroll.verifyEmail.expired.body":
    "Bestätigungslinks laufen nach 7 Tagen ab, und ein neuerer Link ersetzt ältere. Ein globaler Administrator kann auf der Seite zum Registrierungsstatus einen neuen Link senden.",
  "enroll.verifyEmail.stale.title": "Dieser Link ist nicht mehr gültig.",
  "enroll.verifyEmail.stale.body":
    "Die Adresse ist nicht mehr die E-Mail-Adresse des primären Kontakts der Organisation.",

  "audit.action.tenant.created": "Geschäftskonto erstellt",
  "audit.action.enrollment.submitted": "Registrierung eingereicht",
  "audit.action.enrollment.email_verified": "E-Mail-Adresse des primären Kontakts bestätigt",
  "audit.target.tenant": "Geschäftskonto",
  "audit.target.enrollment": "Registrierung",
};
