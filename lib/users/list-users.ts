import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import { escapeLike } from "@/lib/db/escape-like";
import type { Prisma } from "@/lib/generated/prisma/client";
import { pageNumber, searchText } from "@/lib/text";

export const USERS_PAGE_SIZE = 50;

/** The tenant's users, searched by name or email (literally: no wildcards), sorted by name; one page and the total. */
export async function listUsers(actor: UserActor, options: { search?: string; page?: unknown }) {
  assertPermission(actor, "users-view");
  const search = escapeLike(searchText(options.search));
  const page = pageNumber(options.page);
  const where: Prisma.UserWhereInput = {
    tenantId: actor.tenantId,
    ...(search
      ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search.toLowerCase() } }] }
      : {}),
  };
  // Two plain statements, no transaction: the list needn't be a snapshot.
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      select: {
        id: true,
        name: true,
        email: true,
        agentRole: true,
        adminRole: true,
        status: true,
        mustChangePassword: true,
        lastSignInAt: true,
      },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}
