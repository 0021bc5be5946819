import type { UserActor } from "@/lib/auth/actor";
import { DomainError } from "@/lib/errors";
import { hasPermission, type Permission } from "./permissions";

/** Domain-layer guard: a missing permission answers like a missing row (ENGINEERING §2). */
export function assertPermission(actor: UserActor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw new DomainError("NOT_FOUND", "The page or item was not found.");
}
