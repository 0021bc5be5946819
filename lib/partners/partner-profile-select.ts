import type { Prisma } from "@/lib/generated/prisma/client";

/** A partner's legal profile, primary contact (with its verification state, R12) and support details: what Settings → Partner profile and the operator's enrollment detail show. */
export const PARTNER_PROFILE_SELECT = {
  id: true,
  pnId: true,
  legalName: true,
  addressLine1: true,
  addressLine2: true,
  city: true,
  postalCode: true,
  countryCode: true,
  contactName: true,
  contactEmail: true,
  contactPhone: true,
  contactEmailVerifiedAt: true,
  pendingContactEmail: true,
  supportEmail: true,
  supportPhone: true,
  supportWebsite: true,
} as const satisfies Prisma.PartnerOrganizationSelect;
