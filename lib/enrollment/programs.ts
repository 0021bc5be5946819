// The three programs a partner enrolls in, and their URL slugs (/enroll/<slug>).
import type { Program } from "@/lib/generated/prisma/enums";

export const PROGRAM_SLUGS = {
  "indirect-reseller": "INDIRECT_RESELLER",
  "indirect-provider": "INDIRECT_PROVIDER",
  "direct-bill": "DIRECT_BILL",
} as const satisfies Record<string, Program>;

export type ProgramSlug = keyof typeof PROGRAM_SLUGS;

/** The order the program chooser lists them in. */
export const ENROLLABLE_PROGRAMS: Program[] = ["INDIRECT_RESELLER", "INDIRECT_PROVIDER", "DIRECT_BILL"];

/** The program of a slug from the URL or a form; null for anything else. */
export function programFromSlug(slug: unknown): Program | null {
  return typeof slug === "string" && Object.hasOwn(PROGRAM_SLUGS, slug) ? PROGRAM_SLUGS[slug as ProgramSlug] : null;
}

export function slugOf(program: Program): ProgramSlug {
  return (Object.keys(PROGRAM_SLUGS) as ProgramSlug[]).find((slug) => PROGRAM_SLUGS[slug] === program)!;
}

/** The wizard's pages, in order; `enrollPath(program, "details")` → /enroll/indirect-reseller/details. */
export type WizardStep = "welcome" | "account" | "partner-network" | "organization-profile" | "details" | "submitted";

export function enrollPath(program: Program, step: WizardStep | "create-account" = "welcome"): string {
  return step === "welcome" ? `/enroll/${slugOf(program)}` : `/enroll/${slugOf(program)}/${step}`;
}
