import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientIpFrom } from "@/lib/auth/client-ip";
import { getCurrentUser } from "@/lib/auth/current-user";
import { enrollPath, programFromSlug } from "@/lib/enrollment/programs";
import type { Program } from "@/lib/generated/prisma/enums";
import { getLocale, getT } from "@/lib/i18n/server";

/** The program named by the form's `program` field (a slug); anything else goes to the program chooser. */
export function programOf(formData: FormData): Program {
  const program = programFromSlug(formData.get("program"));
  if (!program) redirect("/enroll");
  return program;
}

/** The wizard's form fields without the framework's ($…) and routing (program) ones. */
export function fieldsOf(formData: FormData): Record<string, string> {
  return Object.fromEntries(
    [...formData].filter(([key, value]) => !key.startsWith("$") && key !== "program" && typeof value === "string"),
  ) as Record<string, string>;
}

/** The signed-in user from the session (never from the form); signed out → the account step. */
export async function enrollingUser(program: Program) {
  const user = await getCurrentUser();
  if (!user) redirect(enrollPath(program, "account"));
  if (user.mustChangePassword) redirect("/change-password");
  return user;
}

export async function requestContext() {
  return { t: await getT(), locale: await getLocale(), ip: clientIpFrom(await headers()) };
}
