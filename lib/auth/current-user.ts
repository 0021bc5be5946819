import "server-only";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { can, type Permission } from "@/lib/authz/permissions";
import { db } from "@/lib/db/client";
import type { OperatorActor } from "./actor";
import { clientIpFrom } from "./client-ip";
import { loadSessionUser, type SessionUser } from "./load-session-user";
import { auth, type SessionWithClaims } from "./next-auth";

export type CurrentUser = SessionUser;

async function readClaims(): Promise<SessionWithClaims | null> {
  return ((await auth()) as SessionWithClaims | null) ?? null;
}

/** The signed-in user, re-read from the database on every request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const claims = await readClaims();
  if (claims?.kind !== "user" || !claims.sid || !claims.user?.id) return null;
  return loadSessionUser({
    sessionId: claims.sid,
    userId: claims.user.id,
    sessionVersion: claims.sv,
    ip: clientIpFrom(await headers()),
  });
});

/** For pages and actions: the user, or a redirect to sign-in; R18 sends temporary passwords to be changed first. */
export async function requireUser(options: { allowTemporaryPassword?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (user.mustChangePassword && !options.allowTemporaryPassword) redirect("/change-password");
  return user;
}

/** A page or read guarded by one permission; without it the answer is "not found". */
export async function requirePermission(permission: Permission): Promise<CurrentUser> {
  const user = await requireUser();
  if (!can(user, permission)) notFound();
  return user;
}

export const getCurrentOperator = cache(async (): Promise<OperatorActor | null> => {
  const claims = await readClaims();
  if (claims?.kind !== "operator" || !claims.user?.id) return null;
  const operator = await db().operator.findUnique({
    where: { id: claims.user.id },
    select: { id: true, email: true, name: true, sessionVersion: true },
  });
  if (!operator || operator.sessionVersion !== claims.sv) return null;
  return {
    kind: "operator",
    operatorId: operator.id,
    email: operator.email,
    name: operator.name,
    ip: clientIpFrom(await headers()),
  };
});

/** The operator console: partner sessions never pass, whatever their roles. */
export async function requireOperator(): Promise<OperatorActor> {
  const operator = await getCurrentOperator();
  if (!operator) redirect("/operator/sign-in");
  return operator;
}
