import "server-only";
import type { UserActor } from "@/lib/auth/actor";
import { assertPermission } from "@/lib/authz/assert-permission";
import { db } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";

export const USERS_PAGE_SIZE = 50;

/** The tenant's users, searched by name or email, sorted by name; one page and the total. */
export async function listUsers(actor: UserActor, options: { search?: string; page?: number }) {
  assertPermission(actor, "users-view");
  const search = options.search?.trim().slice(0, 100);
  const page = Math.max(1, Math.min(options.page ?? 1, 10_000));
  const where: Prisma.UserWhereInput = {
    tenantId: actor.tenantId,
    ...(search ? { OR: [{ name: { contains: search, mode: "insensitive" } }, { email: { contains: search.toLowerCase() } }] } : {}),
  };
  // Two plain statements, no transaction: the list needn't be a snapshot.
  const [total, users] = await Promise.all([
    db().user.count({ where }),
    db().user.findMany({
      where,
      select: { id: true, name: true, email: true, agentRole: true, adminRole: true, status: true, mustChangePassword: true, lastSignInAt: true },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * USERS_PAGE_SIZE,
      take: USERS_PAGE_SIZE,
    }),
  ]);
  return { users, total, page, pageCount: Math.max(1, Math.ceil(total / USERS_PAGE_SIZE)) };
}

/** One user of the actor's tenant (not found otherwise). */
export async function getUser(actor: UserActor, unverifiedUserId: string) {
  assertPermission(actor, "users-view");
  if (!/^[0-9a-f-]{36}$/i.test(unverifiedUserId)) return null;
  return db().user.findFirst({
    where: { id: unverifiedUserId, tenantId: actor.tenantId },
    select: { id: true, name: true, email: true, agentRole: true, adminRole: true, status: true, mustChangePassword: true, lastSignInAt: true, createdAt: true, tempPasswordExpiresAt: true },
  });
}
