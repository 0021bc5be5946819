/** True when PostgreSQL refused a row for a unique index (optionally on a given column). */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const candidate = error as { code?: string; meta?: Record<string, unknown>; cause?: unknown };
  if (candidate?.code !== "P2002") return false;
  if (!column) return true;
  // Only the structured metadata (constraint fields or index name): Prisma's message quotes the
  // calling source lines, which may mention any column.
  return JSON.stringify(candidate.meta ?? {}).includes(column);
}
