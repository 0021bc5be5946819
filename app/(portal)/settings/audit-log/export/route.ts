import { buildCsvResponse } from "@/lib/audit/build-csv-response";
import { exportAuditEvents } from "@/lib/audit/export-audit-events";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { plainTextResponse as plain } from "@/lib/audit/plain-text-response";
import { requireUser } from "@/lib/auth/current-user";
import { isDomainError } from "@/lib/errors";

export const dynamic = "force-dynamic";

/** GET: the filtered audit events of the user's organization as a CSV download (SPEC §6, P-audit-view). */
export async function GET(request: Request) {
  const user = await requireUser();
  const parsed = parseAuditFilter(new URL(request.url).searchParams);
  if (!parsed.ok) return plain(400, `Invalid filter: ${Object.keys(parsed.fieldErrors).join(", ")}`);
  try {
    // exportAuditEvents checks P-audit-view itself; without it the answer is 404, like the page.
    const chunks = await exportAuditEvents(user, parsed.filter);
    return buildCsvResponse(chunks, `audit-log-${new Date().toISOString().slice(0, 10)}.csv`);
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") return plain(404, "Not found");
    throw error;
  }
}
