import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { pageNumber } from "@/lib/text";

export const SUPPORT_PAGE_SIZE = 25;

/** Settings → Support (P-support-request): the organization's own support requests, newest first, one page and the total. */
export async function listSupportRequests(actor: UserActor, options: { page?: unknown } = {}) {
  assertPermission(actor, "support-request");
  const page = pageNumber(options.page);
  const where = { partnerId: actor.partnerId!, partner: { tenantId: actor.tenantId } };
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
        createdBy: { select: { name: true } },
      },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SUPPORT_PAGE_SIZE,
      take: SUPPORT_PAGE_SIZE,
    }),
  ]);
  return { requests, total, page, pageCount: Math.max(1, Math.ceil(total / SUPPORT_PAGE_SIZE)) };
}
