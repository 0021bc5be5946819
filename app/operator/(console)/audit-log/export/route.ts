import { buildCsvResponse } from "@/lib/audit/build-csv-response";
import { exportAllAuditEvents } from "@/lib/audit/export-all-audit-events";
import { parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { plainTextResponse as plain } from "@/lib/audit/plain-text-response";
import { getCurrentOperator } from "@/lib/auth/current-user";

export const dynamic = "force-dynamic";

/** GET: every organization's filtered audit events as CSV, for operators only. */
export async function GET(request: Request) {
  // Route handlers don't pass through the console layout: check the operator session here.
  const operator = await getCurrentOperator();
  if (!operator) return plain(404, "Not found");
  const parsed = parseAuditFilter(new URL(request.url).searchParams, { operator: true });
  if (!parsed.ok) return plain(400, `Invalid filter: ${Object.keys(parsed.fieldErrors).join(", ")}`);
  const chunks = await exportAllAuditEvents(operator, parsed.filter);
  return buildCsvResponse(chunks, `audit-log-all-${new Date().toISOString().slice(0, 10)}.csv`);
}
