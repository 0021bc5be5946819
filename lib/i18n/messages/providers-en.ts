// English strings of the Indirect providers page (reseller side), support requests and ending relationships (spread into en.ts). German in providers-de.ts must have every key.
export const providersEn = {
  "providers.title": "Indirect providers",
  "providers.intro":
    "The indirect providers your organization has authorized. Each may submit orders and add subscriptions for the customers you share with it; it never sees your other customers, and you never see its other customers (R7).",
  "providers.endHint": "Neither you nor a provider can end a relationship: only the vendor's support does, on request.",
  "providers.endHintLink": "Create a support request",
  "providers.notReadyTitle": "R5: Invite new customers becomes available when your organization has:",
  "providers.step.account": "an account with an active Global admin",
  "providers.step.approved_reseller_enrollment": "an approved indirect reseller enrollment",
  "providers.step.partner_agreement":
    "the current Partner Agreement accepted (a Global admin accepts it on the Overview)",
  "providers.inviteNotReady": "Invite new customers: not available yet — see the missing steps above (R5).",
  "providers.search": "Search by provider name or PN ID",
  "providers.searchButton": "Search",
  "providers.count": "{count, plural, one {# relationship} other {# relationships}}",
  "providers.none":
    "No indirect provider has been authorized yet. When a provider invites your organization, a Global admin authorizes it from the invitation link.",
  "providers.noMatch": "Nothing matches your search.",
  "providers.status.ACTIVE": "Active",
  "providers.status.ENDED": "Ended",
  "providers.endedOn": "Ended on {date}",
  "providers.endedOnWithReason": "Ended on {date} — {reason}",
  "providers.pnId": "PN ID",
  "providers.region": "Region",
  "providers.since": "Since",
  "providers.contact": "Primary contact",
  "providers.support": "Customer support",
  "providers.viewCustomers": "View customers",
  "providers.inviteCustomers": "Invite new customers",
  "providers.backToList": "Indirect providers",
  "providers.sharedTitle": "Customers shared with {provider}",
  "providers.sharedIntro":
    "Customers that both your organization and {provider} (PN ID {pnId}) have a reseller relationship with. Customers only one of you has are not shown (R7).",
  "providers.sharedEnded":
    "The relationship with {provider} ended on {date}. The customers' own relationships were not changed.",
  "providers.searchCustomers": "Search by customer name or domain",
  "providers.sharedCount": "{count, plural, one {# shared customer} other {# shared customers}}",
  "providers.sharedNone": "You don't share any customer with {provider} yet.",
  "providers.customer": "Customer",
  "providers.domain": "Domain",
  "providers.country": "Country",
  "providers.customerSince": "Your relationship since",

  "relationships.operatorLink": "Provider–reseller relationships",
  "relationships.title": "Provider–reseller relationships",
  "relationships.detailTitle": "Provider–reseller relationship",
  "relationships.intro":
    "Every relationship between an indirect provider and an indirect reseller. Only the operator ends one (R15); its history stays.",
  "relationships.search": "Search by either partner's name or PN ID",
  "relationships.filterStatus": "Status",
  "relationships.allStatuses": "All statuses",
  "relationships.apply": "Apply",
  "relationships.count": "{count, plural, one {# relationship} other {# relationships}}",
  "relationships.none": "No relationship matches.",
  "relationships.pair": "Relationship",
  "relationships.pairLabel": "{provider} → {reseller}",
  "relationships.provider": "Provider",
  "relationships.reseller": "Reseller",
  "relationships.status": "Status",
  "relationships.backToList": "Provider–reseller relationships",
  "relationships.details": "Relationship",
  "relationships.endedAt": "Ended on",
  "relationships.endedBy": "Ended by",
  "relationships.endReason": "Reason",
  "relationships.supportRequests": "Support requests about it",

  "endRelationship.title": "End relationship",
  "endRelationship.hint":
    "Both partners' primary contacts are emailed and the relationship stays in both lists as ended. Customer relationships are not changed.",
  "endRelationship.fromRequestHint":
    "Ends the relationship this request is about: both partners are notified, and the request is answered with the reason and closed. Customer relationships are not changed.",
  "endRelationship.alreadyEndedNote": "This relationship has ended.",
  "endRelationship.reason": "Reason",
  "endRelationship.reasonHint": "Required. Both partners see it. At most 2,000 characters.",
  "endRelationship.submit": "End relationship",
  "endRelationship.ended": "The relationship was ended. Both partners were notified.",
  "endRelationship.endedFromRequest":
    "The relationship was ended, both partners were notified, and the request was answered and closed.",
  "endRelationship.alreadyEnded": "this relationship already ended on {date}.",
  "endRelationship.notFound": "The relationship was not found.",
  "endRelationship.reasonRequired": "Enter the reason.",
  "endRelationship.reasonTooLong": "Use at most 2,000 characters.",
  "endRelationship.reasonInvalid": "Remove control characters from the reason.",
  "endRelationship.supportReply":
    "We ended the provider–reseller relationship between {provider} (provider) and {reseller} (reseller). Reason: {reason}",
} as const;

export type ProvidersMessageKey = keyof typeof providersEn;
