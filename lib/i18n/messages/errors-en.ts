// English wording of "not found" refusals (spread into en.ts). A missing row and a forbidden row
// read the same (ENGINEERING §2), so the subject is all they say.
export const errorsEn = {
  "notFound.account": "The account was not found.",
  "notFound.customer": "The customer was not found.",
  "notFound.enrollment": "The enrollment was not found.",
  "notFound.indirectProvider": "The indirect provider was not found.",
  "notFound.invitation": "The invitation was not found.",
  "notFound.organization": "The organization was not found.",
  "notFound.item": "The page or item was not found.",
  "notFound.page": "The page was not found.",
  "notFound.partnerOrganization": "The partner organization was not found.",
  "notFound.partnerProfile": "The partner profile was not found.",
  "notFound.provider": "The provider was not found.",
  "notFound.relationship": "The relationship was not found.",
  "notFound.supportRequest": "The support request was not found.",
  "notFound.user": "The user was not found.",
  "notFound.email": "The email was not found.",
} as const;

export type ErrorsMessageKey = keyof typeof errorsEn;
