// English strings of "Create a customer" (R9) and the customer forms' field messages (spread into customers-en.ts). German in customers-create-de.ts must have every key.
export const customersCreateEn = {
  "customers.create.title": "Create a customer",
  "customers.create.intro":
    "Create a new customer tenant and its Global admin. The customer gets a reseller relationship with you right away.",
  "customers.create.introProvider":
    "As an indirect provider you create the customer for one of your indirect resellers: the customer appears in both your and the reseller's customer lists.",
  "customers.create.companySection": "Company",
  "customers.create.companyName": "Company name",
  "customers.create.domain": "Primary domain",
  "customers.create.domainHint":
    "The customer's own domain, e.g. contoso.example. It must not be in use by another organization.",
  "customers.create.country": "Country",
  "customers.create.countryHint": "Your region decides which countries you can serve (R1).",
  "customers.create.chooseCountry": "Choose a country",
  "customers.create.adminSection": "Global admin",
  "customers.create.adminName": "Full name",
  "customers.create.adminEmail": "Email (sign-in name)",
  "customers.create.adminEmailHint": "An address on the customer's primary domain.",
  "customers.create.resellerSection": "Indirect reseller",
  "customers.create.reseller": "Create for the indirect reseller",
  "customers.create.resellerHint": "One of your active indirect resellers that is ready to transact (R5).",
  "customers.create.chooseReseller": "Choose a reseller",
  "customers.create.noReseller": "None: my own direct-bill customer",
  "customers.create.noResellers": "You have no active indirect reseller yet. Invite one from Indirect resellers first.",
  "customers.create.submit": "Create customer",
  "customers.create.notAllowedTitle": "You can't create customer tenants",
  "customers.create.createdTitle": "Customer created",
  "customers.create.createdIntro":
    "{name} was created. Give these sign-in details to its Global admin, who must change the password at first sign-in.",
  "customers.create.createdForReseller": "{name} was created for {reseller} and appears in both customer lists.",
  "customers.create.openCustomer": "Open the customer",
  "customers.create.another": "Create another customer",

  "customers.create.domainInvalid": "Enter a domain such as contoso.example.",
  "customers.create.domainWebmail": "Use the customer's own domain, not a web mail service.",
  "customers.create.domainTaken": "This domain is already in use by another organization.",
  "customers.create.countryInvalid": "Choose a country.",
  "customers.create.emailInvalid": "Enter a valid email address.",
  "customers.create.emailDomain": "Use an address on the customer's primary domain.",
  "customers.create.emailTaken": "This email address already has an account.",
  "customers.create.resellerUnknown": "Choose one of your active indirect resellers.",
  "customers.create.resellerRequired": "Choose the indirect reseller you create this customer for (R9).",
  "customers.create.resellerNotReady": "This reseller can't transact new business yet (R5).",

  "customers.field.required": "This field is required.",
  "customers.field.tooLong": "This is too long.",
  "customers.field.controlCharacters": "Remove the control characters.",
} as const;

export type CustomersCreateMessageKey = keyof typeof customersCreateEn;
