import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import { notFound } from "@/lib/errors";
import { isUuid } from "@/lib/text";

const PARTNER = {
  select: { id: true, legalName: true, pnId: true, countryCode: true, contactName: true, contactEmail: true },
} as const;

/** Operator console → one provider–reseller relationship (R15): both partners, its dates, who ended it and why, and the support requests about it. Operators only. */
export async function getProviderResellerRelationship(operator: OperatorActor, unverifiedId: unknown) {
  assertOperator(operator);
  if (!isUuid(unverifiedId)) throw notFound("relationship");
  const relationship = await db().providerResellerRelationship.findUnique({
    where: { id: unverifiedId },
    select: {
      id: true,
      status: true,
      startedAt: true,
      endedAt: true,
      endReason: true,
      endedByOperator: { select: { name: true, email: true } },
      provider: PARTNER,
      reseller: PARTNER,
      supportRequests: {
        select: { id: true, subject: true, status: true, createdAt: true },
        orderBy: { createdAt: "desc" },
        take: 20,
      },
    },
  });
  if (!relationship) throw notFound("relationship");
  return relationship;
}
