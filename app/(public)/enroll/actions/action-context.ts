import "server-only";
import { redirect } from "next/navigation";
import type { CurrentUser } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";
import { enrollPath } from "@/lib/enrollment/programs";
import type { Program } from "@/lib/generated/prisma/enums";

// What the wizard's actions share beyond the action wrapper (publicAction with wizardFormSchema,
// which reads the program from the form's slug).

/** The signed-in user from the session (never from the form); signed out → the program's account step. */
export function enrollingUser(actor: CurrentUser | null, program: Program): CurrentUser {
  if (!actor) redirect(enrollPath(program, "account"));
  if (actor.mustChangePassword) redirect("/change-password");
  return actor;
}

/** Back and Cancel go on after a refusal: the step they lead to shows why (e.g. the account step's refusal). */
export function goOnAfterRefusal(error: unknown): void {
  if (!isDomainError(error)) throw error;
}
