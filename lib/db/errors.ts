/** True when PostgreSQL refused a row for a unique index (optionally on a given column). */
export function isUniqueViolation(error: unknown, column?: string): boolean {
  const candidate = error as { code?: string; meta?: Record<string, unknown>; message?: string; cause?: unknown };
  if (candidate?.code !== "P2002") return false;
  if (!column) return true;
  const text = JSON.stringify(candidate.meta ?? {}) + String(candidate.message ?? "");
  return text.includes(column);
}
