import { notFound } from "@/lib/errors";
import { can, type Permission, type PermissionSubject } from "./permissions";

/** Domain-layer guard: a missing permission answers like a missing row (ENGINEERING §2). */
export function assertPermission(actor: PermissionSubject, permission: Permission): void {
  if (!can(actor, permission)) throw notFound();
}
