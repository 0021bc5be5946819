// §6 audit log presentation without a database: the before → after summary, CSV cells and the
// filter's parsing of search params.
import { describe, expect, test } from "vitest";
import { AUDIT_ACTIONS, auditActionLabelKey, sortAuditActions } from "@/lib/audit/actions";
import { csvCell, csvLine } from "@/lib/audit/format-csv";
import { auditFilterParams, encodeAuditCursor, isCalendarDay, parseAuditFilter } from "@/lib/audit/parse-audit-filter";
import { summarizeAuditChange } from "@/lib/audit/summarize-audit-change";
import { translator } from "@/lib/i18n/translate";

const en = translator("en");
const de = translator("de");

describe("§6 before → after summary", () => {
  test("§6 role changes read as role names, only the changed role", () => {
    expect(
      summarizeAuditChange(
        { agentRole: "ADMIN_AGENT", adminRole: "GLOBAL_ADMIN" },
        { agentRole: "SALES_AGENT", adminRole: "GLOBAL_ADMIN" },
        en,
      ),
    ).toEqual(["Agent role: Admin agent → Sales agent"]);
    expect(
      summarizeAuditChange(
        { adminRole: "USER_MANAGEMENT_ADMIN", agentRole: "NO_AGENT" },
        { adminRole: "NO_ADMIN", agentRole: "HELPDESK_AGENT" },
        de,
      ),
    ).toEqual([
      "Agentenrolle: Kein Agent → Helpdesk-Agent",
      "Administratorrolle: Benutzerverwaltungsadministrator → Kein Administrator",
    ]);
  });

  test("§6 creations list the new values, removals what went away, in a familiar field order", () => {
    expect(summarizeAuditChange(null, { adminRole: "NO_ADMIN", agentRole: "SALES_AGENT", name: "Ada" }, en)).toEqual([
      "Name: Ada",
      "Agent role: Sales agent",
      "Admin role: No admin",
    ]);
    expect(summarizeAuditChange({ status: "ACTIVE", name: "Ada" }, null, en)).toEqual([
      "Name: Ada → —",
      "Status: Active → —",
    ]);
    expect(summarizeAuditChange({ status: "ACTIVE" }, { status: "DISABLED" }, de)).toEqual([
      "Status: Aktiv → Deaktiviert",
    ]);
  });

  test("§6 unknown fields and values from later issues still read sensibly", () => {
    expect(summarizeAuditChange(null, { wasTemporary: true }, en)).toEqual(["Temporary password: Yes"]);
    expect(summarizeAuditChange({ contactEmail: "a@x.example" }, { contactEmail: "b@x.example" }, en)).toEqual([
      "Contact email: a@x.example → b@x.example",
    ]);
    expect(summarizeAuditChange(null, { programs: ["DIRECT_BILL"] }, en)).toEqual(['Programs: ["DIRECT_BILL"]']);
    expect(summarizeAuditChange(null, { note: "x".repeat(500) }, en)[0]).toHaveLength("Note: ".length + 120);
    expect(summarizeAuditChange(null, null, en)).toEqual([]);
  });
});

describe("§6 CSV cells", () => {
  test("§6 quotes, commas and line breaks are quoted; formula starts get an apostrophe", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell(null)).toBe("");
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell("line\r\nbreak")).toBe('"line\r\nbreak"');
    for (const start of ["=", "+", "-", "@", "\t", "\r"])
      expect(csvCell(`${start}1+1`).startsWith(`${start === "\r" ? '"' : ""}'${start}`)).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvLine(["a", null, "=1"])).toBe("a,,'=1\r\n");
  });
});

describe("§6 filter parsing", () => {
  test("§6 known keys are validated, unknown keys ignored, repeated keys take the first value", () => {
    const parsed = parseAuditFilter({
      action: ["user.created", "user.removed"],
      actor: " Ada ",
      exact: "1",
      from: "2024-02-29",
      utm_campaign: "x",
    });
    expect(parsed).toMatchObject({
      ok: true,
      filter: { action: "user.created", actor: "Ada", actorExact: true, from: "2024-02-29" },
    });
    expect(parseAuditFilter({ org: "fabrikam" }, { operator: true })).toMatchObject({
      ok: true,
      filter: { org: "fabrikam" },
    });
    expect(parseAuditFilter({ org: "x".repeat(254) }, { operator: true })).toMatchObject({
      ok: false,
      fieldErrors: { org: "audit.filter.orgTooLong" },
    });
    expect(parseAuditFilter({ after: "1", before: "2" })).toMatchObject({
      ok: false,
      fieldErrors: { page: "audit.filter.invalidPage" },
    });
  });

  test("§6 dates must be real calendar days", () => {
    expect(["2024-02-29", "2000-01-01", "9998-12-31"].every(isCalendarDay)).toBe(true);
    expect(
      ["2023-02-29", "2024-13-01", "24-01-01", "2024-1-1", "1999-12-31", "9999-12-31", "2024-01-01T00:00"].some(
        isCalendarDay,
      ),
    ).toBe(false);
  });

  test("§6 cursors round-trip and the filter round-trips through its link", () => {
    const row = { createdAt: new Date("2024-03-02T10:11:12.345Z"), id: "0b6c5b52-7a8f-4f3e-9d2c-2d0c1f3e4a5b" };
    const parsed = parseAuditFilter({ after: encodeAuditCursor(row) });
    expect(parsed).toMatchObject({
      ok: true,
      filter: { cursor: { direction: "after", createdAt: row.createdAt, id: row.id } },
    });
    const filter = { action: "user.created", actor: "ada", actorExact: true, from: "2024-03-01", to: "2024-03-02" };
    const again = parseAuditFilter(auditFilterParams(filter));
    expect(again).toMatchObject({ ok: true, filter });
  });

  test("§6 every catalogued action has a label and sorts in catalogue order", () => {
    expect(AUDIT_ACTIONS.every((action) => auditActionLabelKey(action) !== null)).toBe(true);
    expect(auditActionLabelKey("something.not_catalogued")).toBeNull();
    expect(sortAuditActions(["zeta.x", "user.removed", "user.created", "alpha.y", "user.created"])).toEqual([
      "user.created",
      "user.removed",
      "alpha.y",
      "zeta.x",
    ]);
  });
});
