import "server-only";
import { cache } from "react";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import { type Region, regionOf } from "@/lib/regions";

/** The region of the actor's own partner organization (R1: its customers' countries), null for a customer tenant. */
export const getOwnRegion = cache(async (actor: UserActor): Promise<Region | null> => {
  if (!actor.partnerId) return null;
  const partner = await db().partnerOrganization.findFirst({
    where: { id: actor.partnerId, tenantId: actor.tenantId },
    select: { countryCode: true },
  });
  return partner ? regionOf(partner.countryCode) : null;
});
