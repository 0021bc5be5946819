import type { AbstractIntlMessages } from "next-intl";
import type { Locale } from "./locales";
import { intlMessages } from "./translate";
import { VALIDATION_PATHS } from "./validation-messages";

/**
 * What client components read with useTranslations: only these messages reach the browser (the root
 * layout's NextIntlClientProvider), to keep pages small. "*" is a whole namespace, else the keys in it.
 * A client component that names a new key adds it here (tests/unit/client-messages.test.ts fails until then).
 */
// prettier-ignore
const CLIENT_MESSAGES: Record<string, "*" | readonly string[]> = {
  common: "*",
  ui: "*",
  confirm: "*", // the confirm dialogs of destructive actions
  // components/invitations/invitation-texts.ts
  "partnerships.invite": "*",
  "partnerships.draft": "*",
  "partnerships.invitations": ["resend", "revoke"],
  "invites.request": "*",
  "invites.preflight": ["failed"],
  "invites.draft": "*",
  "invites.sent": ["resend", "revoke", "newLink"],
  "agreement": ["accept", "confirm", "signerName", "signerTitle"],
  "customers": ["backToList"],
  "customers.create": ["adminEmail", "adminEmailHint", "adminName", "adminSection", "another", "companyName", "companySection", "country", "countryHint", "createdForReseller", "createdIntro", "createdTitle", "domain", "domainHint", "openCustomer", "reseller", "resellerHint", "resellerSection", "submit"],
  "customers.detail": ["indirectNote", "noOtherPartners", "otherPartners", "products", "relationships"],
  "customers.products": ["add", "addTitle", "change", "lineTotal", "noneChosen", "orderTotal", "place", "product", "quantity", "quantityHint", "quantityInvalid", "reviewIntro", "reviewTitle", "sku", "submit", "unitColumn", "unitPrice", "view"],
  "deadEmails": ["actions", "attempts", "caption", "empty", "lastError", "organization", "platform", "retry", "retryLabel", "subject", "template", "to", "when"],
  "enroll.create": ["adminName", "adminSection", "confirmPassword", "country", "countryHint", "domain", "domainHint", "email", "emailHint", "organizationName", "organizationSection", "password", "submit"],
  "enroll.details": ["addressLine1", "addressLine2", "city", "confirmNoRollback", "contactEmail", "contactEmailHint", "contactIntro", "contactName", "contactPhone", "contactSection", "country", "legalName", "legalSection", "postalCode", "submit", "supportEmail", "supportIntro", "supportPhone", "supportSection", "supportWebsite", "supportWebsiteHint"],
  "enroll.field": ["optional"],
  "enroll.membership": ["email", "password"],
  "enroll.profiles": ["cancelHint", "legend", "none", "pnId"],
  "enroll.verifyEmail": ["intro", "statusLink", "submit"],
  "invites.account": ["adminSection", "company", "companySection", "countryHint", "domainHint", "emailHint", "submit"],
  "partnerships.landing": ["authorize", "confirm", "toProviders"],
  "partnerships.landing.success": ["title"],
  "password": ["confirm", "current", "new", "rules", "submit"],
  "profile": ["addressLine1", "addressLine2", "city", "contact", "contactEmail", "contactEmailHint", "contactName", "contactPhone", "country", "countryHint", "legal", "legalName", "postalCode", "save", "support", "supportEmail", "supportPhone", "supportWebsite", "supportWebsiteHint"],
  "review": ["approve", "approveHint", "reasonHint", "reasonLabel", "reject"],
  "signIn": ["email", "password", "submit"],
  "support": ["categoryLabel", "chooseCategory", "chooseRelationship", "description", "descriptionHint", "noRelationships", "relationship", "relationshipHint", "subject", "submit"],
  "transition": ["accept"],
  "users": ["addAnother", "addSubmit", "adminRole", "agentRole", "backToList", "createdIntro", "createdTitle", "email", "name", "resetDone", "resetPassword", "signInName", "tempPassword", "tempWarning"],
};

/** The catalog paths (namespaces and keys) the browser gets. */
export const CLIENT_NAMESPACES = [
  ...Object.entries(CLIENT_MESSAGES).flatMap(([namespace, keys]) =>
    keys === "*" ? [namespace] : keys.map((key) => `${namespace}.${key}`),
  ),
  ...VALIDATION_PATHS,
];

const picked = new Map<Locale, AbstractIntlMessages>();

/** The client namespaces of the locale's messages, nested as next-intl takes them (built once per locale). */
export function clientMessages(locale: Locale): AbstractIntlMessages {
  let messages = picked.get(locale);
  if (!messages) {
    const all = intlMessages(locale);
    messages = {};
    for (const path of CLIENT_NAMESPACES) {
      const parts = path.split(".");
      let source: AbstractIntlMessages | string | undefined = all;
      let target = messages;
      for (const [i, part] of parts.entries()) {
        source = typeof source === "object" ? source[part] : undefined;
        if (source === undefined) break;
        if (i === parts.length - 1) target[part] = source;
        else target = (target[part] ??= {}) as AbstractIntlMessages;
      }
    }
    picked.set(locale, messages);
  }
  return messages;
}
