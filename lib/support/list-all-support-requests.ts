import "server-only";
import type { OperatorActor } from "@/lib/auth/actor";
import { assertOperator } from "@/lib/authz/assert-operator";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { SupportCategory, SupportStatus } from "@/lib/generated/prisma/enums";
import { pageNumber } from "@/lib/text";
import { SUPPORT_PAGE_SIZE } from "./list-support-requests";

export type SupportFilter = { status: SupportStatus | null; category: SupportCategory | null; page: number };

const pick = <T extends string>(values: Record<string, T>, value: unknown): T | null =>
  typeof value === "string" && (Object.values(values) as string[]).includes(value) ? (value as T) : null;

/** The operator list's filter from the URL; anything unknown is ignored (never a 500). */
export function parseSupportFilter(params: Record<string, string | string[] | undefined>): SupportFilter {
  const one = (key: string) => (Array.isArray(params[key]) ? params[key][0] : params[key]);
  return {
    status: pick(SupportStatus, one("status")),
    category: pick(SupportCategory, one("category")),
    page: pageNumber(one("page")),
  };
}

/** Operator console → Support: every organization's requests, filtered by status and category, newest first; one page and the total. Operators only. */
export async function listAllSupportRequests(operator: OperatorActor, filter: SupportFilter) {
  assertOperator(operator);
  const where: Prisma.SupportRequestWhereInput = {
    ...(filter.status ? { status: filter.status } : {}),
    ...(filter.category ? { category: filter.category } : {}),
  };
  const [total, requests] = await Promise.all([
    db().supportRequest.count({ where }),
    db().supportRequest.findMany({
      where,
      select: {
        id: true,
        category: true,
        subject: true,
        status: true,
        createdAt: true,
        updatedAt: true,
        partner: { select: { legalName: true, pnId: true } },
        createdBy: { select: { name: true, email: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * SUPPORT_PAGE_SIZE,
      take: SUPPORT_PAGE_SIZE,
    }),
  ]);
  return { requests, total, page: filter.page, pageCount: Math.max(1, Math.ceil(total / SUPPORT_PAGE_SIZE)) };
}
