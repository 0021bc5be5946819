// What the audit log pages and exports read of an event: everything an admin may see,
// nothing else (no actor ids; the label says who acted, as they were named then).
import type { Prisma } from "@/lib/generated/prisma/client";

export const AUDIT_EVENT_SELECT = {
  id: true,
  createdAt: true,
  actorLabel: true,
  action: true,
  targetType: true,
  targetId: true,
  targetLabel: true,
  before: true,
  after: true,
  ip: true,
} as const satisfies Prisma.AuditEventSelect;

/** The operator console adds the organization. */
export const AUDIT_EVENT_WITH_TENANT_SELECT = {
  ...AUDIT_EVENT_SELECT,
  tenant: { select: { name: true, primaryDomain: true } },
} as const satisfies Prisma.AuditEventSelect;

export type AuditEventRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_EVENT_SELECT }>;
export type AuditEventWithTenantRow = Prisma.AuditEventGetPayload<{ select: typeof AUDIT_EVENT_WITH_TENANT_SELECT }>;
