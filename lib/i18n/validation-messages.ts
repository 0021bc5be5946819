// The message keys of the form schemas that run in the browser too (components/forms/
// use-validated-form.ts): their field messages are shown translated as the user types, so these
// reach the browser with the client messages (lib/i18n/client-messages.ts).
// tests/unit/validation-messages.test.ts fails when a schema names a key missing here.
// prettier-ignore
const VALIDATION_MESSAGES: Record<string, "*" | readonly string[]> = {
  "customers": ["notFound"],
  "customers.field": "*",
  "customers.create": ["countryInvalid", "domainInvalid", "emailDomain", "emailInvalid", "resellerUnknown"],
  "customers.products": ["noneChosen", "quantityInvalid", "reloadForm"],
  "enroll.field": "*",
  "endRelationship": ["notFound", "reasonInvalid", "reasonRequired", "reasonTooLong"],
  "enroll.account": ["domainInvalid", "emailDomain"],
  "enroll.details": ["confirmNoRollbackRequired"],
  "invites.request": ["daysInvalid", "emailInvalid", "localeInvalid"],
  "notFound": ["page"],
  "partnerships.invitation": ["emailInvalid"],
  "partnerships.invite": ["daysInvalid", "emailRequired", "localeInvalid"],
  "password": ["mismatch", "required", "too_long"],
  "profile.error": "*",
  "signIn": ["invalid"],
  "support": ["categoryRequired", "descriptionRequired", "descriptionTooLong", "notFound", "relationshipInvalid", "replyRequired", "replyTooLong", "subjectRequired", "subjectTooLong", "textInvalid"],
  "users": ["emailInvalid", "emailRequired", "emailTooLong", "nameInvalid", "nameRequired", "nameTooLong", "notFound", "roleInvalid", "statusInvalid"],
};

export const VALIDATION_PATHS = Object.entries(VALIDATION_MESSAGES).flatMap(([namespace, keys]) =>
  keys === "*" ? [namespace] : keys.map((key) => `${namespace}.${key}`),
);
