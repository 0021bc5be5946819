// English strings of the Customers page, customer details, creating customers and products (R10) (spread into en.ts). German in customers-de.ts must have every key.
import { customersCreateEn } from "./customers-create-en";

export const customersEn = {
  ...customersCreateEn,
  "customers.title": "Customers",
  "customers.intro":
    "The customers you have a reseller relationship with. Expand a customer with the arrow to see its relationships and what you can do for it.",
  "customers.request": "Request a reseller relationship",
  "customers.sentRequests": "Sent requests",
  "customers.createCustomer": "Create a customer",
  "customers.backToList": "Back to Customers",
  "customers.notFound": "The customer was not found.",

  "customers.filter.label": "Search and filter customers",
  "customers.filter.search": "Company name or domain",
  "customers.filter.channel": "Channel",
  "customers.filter.anyChannel": "All channels",
  "customers.filter.provider": "Indirect provider",
  "customers.filter.anyProvider": "All providers",
  "customers.filter.reseller": "Indirect reseller",
  "customers.filter.anyReseller": "All resellers",
  "customers.filter.sort": "Sort by",
  "customers.filter.apply": "Search",
  "customers.filter.clear": "Clear search and filters",
  "customers.filter.ended": "{name} (relationship ended)",
  "customers.sort.name": "Name (A–Z)",
  "customers.sort.name-desc": "Name (Z–A)",
  "customers.sort.newest": "Newest relationship first",
  "customers.sort.oldest": "Oldest relationship first",
  "customers.channel.direct-bill": "Direct bill",
  "customers.channel.indirect": "Indirect",

  "customers.count": "{count, plural, one {# customer} other {# customers}}",
  "customers.countMore": "More than {count, plural, one {# customer} other {# customers}}",
  "customers.pageOfMore": "Page {page} of {pages}+",
  "customers.none": "You have no customers yet.",
  "customers.noneMatching": "No customers match your search and filters.",
  "customers.nonePage": "There are no customers on this page.",

  "customers.col.name": "Customer",
  "customers.col.domain": "Primary domain",
  "customers.col.country": "Country",
  "customers.col.channel": "Channel",
  "customers.col.linked": "Linked partner",
  "customers.col.since": "Customer since",
  "customers.expand": "Details for {name}",

  "customers.detail.title": "Customer details",
  "customers.detail.country": "Country",
  "customers.detail.relationships": "Your relationship",
  "customers.detail.type": "Reseller relationship",
  "customers.detail.since": "since {date}",
  "customers.detail.linkedProvider": "Linked indirect provider: {name}",
  "customers.detail.linkedReseller": "Linked indirect reseller: {name}",
  "customers.detail.linkedPartner": "Linked partner: {name}",
  "customers.detail.otherPartners": "Other partners working with this customer",
  "customers.detail.otherPartnersNote":
    "Only partners linked to your own relationship are shown; a customer's other partners stay private to it.",
  "customers.detail.noOtherPartners": "No other partner that you can see.",
  "customers.detail.roleProvider": "Indirect provider",
  "customers.detail.roleReseller": "Indirect reseller",
  "customers.detail.rolePartner": "Partner",
  "customers.detail.products": "Products and subscriptions",
  "customers.detail.subscriptions": "Subscriptions: {count}",
  "customers.detail.indirectNote":
    "Acquired as an indirect reseller customer: your indirect provider orders its products; direct-bill purchasing isn't available.",

  "customers.channel.DIRECT_BILL": "Direct bill",
  "customers.channel.INDIRECT": "Indirect",

  "customers.products.add": "Add products",
  "customers.products.view": "View products",
  "customers.products.addTitle": "Add products for {name}",
  "customers.products.addIntro":
    "Enter a quantity for each product to buy. Each product becomes a subscription billed to you as the direct-bill partner.",
  "customers.products.viewTitle": "Products of {name}",
  "customers.products.product": "Product",
  "customers.products.sku": "SKU",
  "customers.products.unitColumn": "Unit",
  "customers.products.unit.SEAT": "per user",
  "customers.products.unit.LICENCE": "per licence",
  "customers.products.quantity": "Quantity",
  "customers.products.quantityFor": "Quantity of {product}",
  "customers.products.quantityHint": "1 to 100,000; leave empty to skip.",
  "customers.products.quantityInvalid": "Enter a whole number from 1 to 100,000, or leave it empty.",
  "customers.products.noneChosen": "Enter a quantity for at least one product.",
  "customers.products.reloadForm": "This form is out of date. Reload the page and enter the order again.",
  "customers.products.alreadySubmitted":
    "This form was already submitted with another order. Reload the page to place a new order.",
  "customers.products.submit": "Add products",
  "customers.products.added": "The products were added.",
  "customers.products.ordered": "Ordered",
  "customers.products.orderedBy": "Ordered by",
  "customers.products.none": "No products yet.",

  "customers.rules.R5.one": "{reseller} can't transact new business yet. Missing: {step1}.",
  "customers.rules.R5.two": "{reseller} can't transact new business yet. Missing: {step1}; {step2}.",
  "customers.rules.R5.three": "{reseller} can't transact new business yet. Missing: {step1}; {step2}; {step3}.",
  "customers.readiness.account": "an account with an active Global admin",
  "customers.readiness.approved_reseller_enrollment": "an approved indirect reseller enrollment",
  "customers.readiness.partner_agreement": "the current Partner Agreement accepted",
  "customers.rules.R9":
    "indirect resellers don't create customer tenants. Your indirect provider creates the tenant and names you as the reseller, or ask the customer for a reseller relationship.",
  "customers.rules.R10":
    "{customer} was acquired as an indirect reseller customer; direct-bill purchasing isn't available for it.",
} as const;

export type CustomersMessageKey = keyof typeof customersEn;
