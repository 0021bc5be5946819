// English wording of the relationship rules' refusals (spread into en.ts); the UI puts "R1: " etc. in front.
export const rulesEn = {
  "rules.R1": "the customer is in {customerRegion}; {partner} is in {partnerRegion}.",
  "rules.R3":
    "{name} is a partner tenant. A partner tenant can never be a customer: partners don't resell to themselves, to their affiliates or to another partner's program tenant. To buy for your own use, create a separate customer tenant and accept with its global admin.",
  "rules.R4": "{reseller} is an indirect reseller of {provider} and can't also be its customer.",
  "rules.existingRelationship": "{customer} already has a reseller relationship with {partner}.",
} as const;

export type RulesMessageKey = keyof typeof rulesEn;
