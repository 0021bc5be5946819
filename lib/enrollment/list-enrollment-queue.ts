import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { EnrollmentStatus, Program } from "@/lib/generated/prisma/enums";
import { isCountryCode } from "@/lib/regions";
import { pageNumber } from "@/lib/text";

export const QUEUE_PAGE_SIZE = 25;

export type QueueFilter = {
  program: Program | null;
  status: EnrollmentStatus | null;
  country: string | null;
  page: number;
};

const pick = <T extends string>(values: Record<string, T>, value: unknown): T | null =>
  typeof value === "string" && (Object.values(values) as string[]).includes(value) ? (value as T) : null;

/**
 * The queue's filter from the URL. Anything unknown is ignored, never a 500. Without a status the
 * queue shows what waits for a decision (IN_REVIEW); `status=ALL` shows every status.
 */
export function parseQueueFilter(params: Record<string, string | string[] | undefined>): QueueFilter {
  const one = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  const country = one("country")?.toUpperCase() ?? "";
  return {
    program: pick(Program, one("program")),
    status: one("status") === "ALL" ? null : (pick(EnrollmentStatus, one("status")) ?? "IN_REVIEW"),
    country: isCountryCode(country) ? country : null,
    page: pageNumber(one("page")),
  };
}

/** Operator console → Enrollments: every organization's enrollments, filtered, newest first, one page and the total. */
export async function listEnrollmentQueue(operator: OperatorActor, filter: QueueFilter) {
  assertOperator(operator);
  const where: Prisma.ProgramEnrollmentWhereInput = {
    ...(filter.program ? { program: filter.program } : {}),
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.country ? { partner: { countryCode: filter.country } } : {}),
  };
  const [total, rows] = await Promise.all([
    db().programEnrollment.count({ where }),
    db().programEnrollment.findMany({
      where,
      select: {
        id: true,
        program: true,
        status: true,
        viaTransition: true,
        submittedAt: true,
        emailVerifiedAt: true,
        decidedAt: true,
        partner: {
          select: { legalName: true, pnId: true, countryCode: true, tenant: { select: { primaryDomain: true } } },
        },
      },
      orderBy: [{ submittedAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * QUEUE_PAGE_SIZE,
      take: QUEUE_PAGE_SIZE,
    }),
  ]);
  const enrollments = rows.map(({ partner, ...row }) => ({
    ...row,
    legalName: partner.legalName,
    pnId: partner.pnId,
    countryCode: partner.countryCode,
    domain: partner.tenant.primaryDomain,
  }));
  return { enrollments, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)) };
}
