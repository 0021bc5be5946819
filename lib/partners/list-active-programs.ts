import "server-only";
import { cache } from "react";
import type { UserActor } from "@/lib/auth/actor";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Program } from "@/lib/generated/prisma/enums";

const PROGRAM_ORDER: Program[] = ["DIRECT_BILL", "INDIRECT_PROVIDER", "INDIRECT_RESELLER"];

/**
 * Which approved enrollments count as active (R14): an indirect reseller enrollment made by a
 * direct-bill partner's move (viaTransition) enables its capabilities only once the indirect
 * reseller agreement was accepted ("Accept and continue"). A filter for program_enrollments,
 * one SQL statement with the EXISTS; shared with get-transact-readiness.ts.
 */
export const activeEnrollmentWhere: Prisma.ProgramEnrollmentWhereInput = {
  status: "APPROVED",
  OR: [
    { viaTransition: false },
    { partner: { agreementAcceptances: { some: { kind: "INDIRECT_RESELLER_AGREEMENT" } } } },
  ],
};

/**
 * Programs the actor's own organization is active in: what the navigation and the Overview may
 * offer. One query, cached per request (the layout and the page both ask).
 */
export const listActivePrograms = cache(async (actor: UserActor): Promise<Program[]> => {
  if (!actor.partnerId) return [];
  const rows = await db().programEnrollment.findMany({
    where: { ...activeEnrollmentWhere, partnerId: actor.partnerId, partner: { tenantId: actor.tenantId } },
    select: { program: true },
  });
  return rows.map((row) => row.program).sort((a, b) => PROGRAM_ORDER.indexOf(a) - PROGRAM_ORDER.indexOf(b));
});
