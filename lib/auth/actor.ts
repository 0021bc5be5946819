// Who performs a domain call. Built from the verified session (never from form data) by
// lib/auth/current-user.ts, or by tests and scripts.
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";

export type UserActor = {
  kind: "user";
  userId: string;
  tenantId: string;
  /** The tenant's partner organization, if it is a partner tenant. */
  partnerId: string | null;
  email: string;
  name: string;
  agentRole: AgentRole;
  adminRole: AdminRole;
  ip: string | null;
};

export type OperatorActor = { kind: "operator"; operatorId: string; email: string; name: string; ip: string | null };

export type SystemActor = { kind: "system" };

export type Actor = UserActor | OperatorActor | SystemActor;

export const SYSTEM: SystemActor = { kind: "system" };
