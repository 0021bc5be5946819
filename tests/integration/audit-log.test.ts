// §6 audit log reads: P-audit-view, tenant isolation, filters, keyset paging, CSV export and the
// operator's view of all organizations, against real PostgreSQL. Events are inserted with fixed
// past timestamps in tenants with unique names, so files running in parallel don't interfere.
import { beforeAll, describe, expect, test } from "vitest";
import type { OperatorActor, UserActor } from "@/lib/auth/actor";
import { exportAllAuditEvents } from "@/lib/audit/export-all-audit-events";
import { exportAuditEvents } from "@/lib/audit/export-audit-events";
import { listAllAuditEvents } from "@/lib/audit/list-all-audit-events";
import { listAuditActions } from "@/lib/audit/list-audit-actions";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { parseAuditFilter, type AuditFilter } from "@/lib/audit/parse-audit-filter";
import type { AdminRole, AgentRole } from "@/lib/generated/prisma/enums";
import { signInAs } from "@/tests/helpers/actors";
import { testDb } from "@/tests/helpers/db";
import { createPartner, createUser, unique } from "@/tests/helpers/factories";

type Seeded = { id: string; createdAt: Date; action: string; actorLabel: string };

const sfx = unique();
const HOUR = 3600_000;
const BASE = Date.UTC(2024, 2, 1, 10); // 2024-03-01 10:00 UTC
const ACTIONS = ["user.created", "user.roles_changed", "user.password_reset", "user.disabled"];
const LABELS = [`alice-${sfx}@a.example`, `bob-${sfx}@a.example`, `x_y-${sfx}@a.example`];

let tenantA: { id: string; name: string; primaryDomain: string };
let tenantB: { id: string; name: string; primaryDomain: string };
let eventsA: Seeded[] = [];
let eventsB: Seeded[] = [];
const actors: Record<string, UserActor> = {};
let operator: OperatorActor;

const newestFirst = (a: Seeded, b: Seeded) =>
  b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
const ids = (rows: { id: string }[]) => rows.map((row) => row.id);

async function seedEvents(
  tenantId: string,
  rows: Omit<Seeded, "id">[],
  extra: Record<string, unknown> = {},
): Promise<Seeded[]> {
  const created = await testDb().auditEvent.createManyAndReturn({
    data: rows.map((row) => ({
      tenantId,
      targetType: "user",
      targetLabel: `target-${sfx}`,
      ip: "203.0.113.7",
      ...row,
      ...extra,
    })),
    select: { id: true, createdAt: true, action: true, actorLabel: true },
  });
  return created;
}

/** Every page of a listing, following Next links; fails on a repeated id. */
async function collectPages(
  list: (filter: AuditFilter) => Promise<{ events: { id: string }[]; nextCursor: string | null }>,
  filter: AuditFilter,
) {
  const seen: string[] = [];
  let page = await list(filter);
  for (let guard = 0; ; guard++) {
    seen.push(...ids(page.events));
    if (!page.nextCursor || guard > 100) break;
    const next = parseAuditFilter({ after: page.nextCursor });
    if (!next.ok) throw new Error("next cursor did not parse");
    page = await list({ ...filter, cursor: next.filter.cursor });
  }
  expect(new Set(seen).size).toBe(seen.length);
  return seen;
}

const listAs = (actor: UserActor) => (filter: AuditFilter) => listAuditEvents(actor, filter);
const parse = (params: Record<string, string>) => {
  const parsed = parseAuditFilter(params);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.filter;
};

async function userWith(tenantId: string, agentRole: AgentRole, adminRole: AdminRole) {
  const user = await createUser({ tenantId, agentRole, adminRole });
  return (await signInAs(user.email)).actor;
}

async function readAll(chunks: AsyncGenerator<string>) {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

beforeAll(async () => {
  const a = await createPartner({ name: `Audit ${sfx} Alpha` });
  const b = await createPartner({ name: `Audit ${sfx} Beta` });
  tenantA = a.tenant;
  tenantB = b.tenant;
  actors.globalAdmin = (await signInAs(a.admin!.email)).actor;
  actors.userManagementAdmin = await userWith(tenantA.id, "NO_AGENT", "USER_MANAGEMENT_ADMIN");
  actors.adminAgent = await userWith(tenantA.id, "ADMIN_AGENT", "NO_ADMIN");
  actors.salesAgent = await userWith(tenantA.id, "SALES_AGENT", "NO_ADMIN");
  actors.helpdeskAgent = await userWith(tenantA.id, "HELPDESK_AGENT", "NO_ADMIN");
  actors.noRole = await userWith(tenantA.id, "NO_AGENT", "NO_ADMIN");
  actors.otherAdmin = (await signInAs(b.admin!.email)).actor;

  // 130 events two per timestamp (ties broken by id), plus the edges of the day 2024-03-02.
  const rows = Array.from({ length: 130 }, (_, i) => ({
    createdAt: new Date(BASE + Math.floor(i / 2) * HOUR),
    action: ACTIONS[i % ACTIONS.length],
    actorLabel: LABELS[i % LABELS.length],
  }));
  for (const edge of [
    "2024-03-02T00:00:00.000Z",
    "2024-03-02T23:59:59.999Z",
    "2024-03-03T00:00:00.000Z",
    "2024-03-01T23:59:59.999Z",
  ]) {
    rows.push({ createdAt: new Date(edge), action: "user.enabled", actorLabel: LABELS[0] });
  }
  eventsA = await seedEvents(tenantA.id, rows);
  // Tenant B: same labels' names, same actions and days; plus an action A never had.
  eventsB = await seedEvents(tenantB.id, [
    ...rows.slice(0, 20).map((row) => ({ ...row, actorLabel: row.actorLabel.replace("@a.", "@b.") })),
    { createdAt: new Date(BASE), action: "user.removed", actorLabel: LABELS[0] },
  ]);
  const row = await testDb().operator.create({
    data: { email: `operator-${sfx}@vendor.example`, name: "Olivia Operator", passwordHash: "not-used" },
  });
  operator = { kind: "operator", operatorId: row.id, email: row.email, name: row.name, ip: null };
});

describe("P-audit-view", () => {
  test.each(["globalAdmin", "userManagementAdmin"])(
    "P-audit-view §6 a %s sees exactly its own tenant's events, newest first, over complete pages",
    async (who) => {
      const seen = await collectPages(listAs(actors[who]), {});
      expect(seen).toEqual(ids([...eventsA].sort(newestFirst)));
    },
  );

  test.each(["adminAgent", "salesAgent", "helpdeskAgent", "noRole"])(
    "P-audit-view a %s is refused with NOT_FOUND (list, actions, export)",
    async (who) => {
      const actor = actors[who];
      await expect(listAuditEvents(actor, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(listAuditActions(actor)).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(exportAuditEvents(actor, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    },
  );

  test("P-audit-view §6 the tenant comes from the session: no filter or search param reaches another tenant", async () => {
    const sneaky = { tenantId: tenantB.id, org: tenantB.name } as AuditFilter;
    expect(await collectPages(listAs(actors.globalAdmin), sneaky)).toHaveLength(eventsA.length);
    // `org` is an operator-only key: the portal's parser ignores it like any unknown key.
    expect(parseAuditFilter({ org: tenantB.name, tenantId: tenantB.id, utm_source: "x" })).toEqual({
      ok: true,
      filter: expect.not.objectContaining({ org: expect.anything() }),
      values: {},
    });
    const other = await collectPages(listAs(actors.otherAdmin), {});
    expect(other.sort()).toEqual(ids(eventsB).sort());
    // A cursor taken from tenant B's log shows tenant A's events after that point, never B's.
    const crossCursor = parse({ after: `${eventsB[19].createdAt.getTime()}_${eventsB[19].id}` }).cursor;
    const page = await listAuditEvents(actors.globalAdmin, { cursor: crossCursor });
    expect(page.events.length).toBeGreaterThan(0);
    expect(ids(page.events).every((id) => eventsA.some((event) => event.id === id))).toBe(true);
  });

  test("§6 the action choices are the actions present in the own tenant only, in catalogue order", async () => {
    expect(await listAuditActions(actors.globalAdmin)).toEqual([
      "user.created",
      "user.roles_changed",
      "user.password_reset",
      "user.disabled",
      "user.enabled",
    ]);
    expect(await listAuditActions(actors.otherAdmin)).toContain("user.removed");
  });
});

describe("§6 filters", () => {
  const expectFilter = async (params: Record<string, string>, predicate: (event: Seeded) => boolean) => {
    const seen = await collectPages(listAs(actors.globalAdmin), parse(params));
    const expected = ids(eventsA.filter(predicate).sort(newestFirst));
    expect(expected.length).toBeGreaterThan(0);
    expect(seen).toEqual(expected);
  };

  test("§6 action filter returns exactly the events with that action", async () => {
    await expectFilter({ action: "user.roles_changed" }, (event) => event.action === "user.roles_changed");
    expect(await listAuditEvents(actors.globalAdmin, parse({ action: "user.removed" }))).toMatchObject({ events: [] });
  });

  test("§6 actor filter: contains and exact, case-insensitive, with % and _ taken literally", async () => {
    await expectFilter({ actor: `ALICE-${sfx.toUpperCase()}` }, (event) => event.actorLabel === LABELS[0]);
    await expectFilter({ actor: `Bob-${sfx}@A.example`, exact: "1" }, (event) => event.actorLabel === LABELS[1]);
    await expectFilter({ actor: `x_y-${sfx}` }, (event) => event.actorLabel === LABELS[2]);
    expect((await listAuditEvents(actors.globalAdmin, parse({ actor: `bob-${sfx}`, exact: "1" }))).events).toHaveLength(
      0,
    );
    expect((await listAuditEvents(actors.globalAdmin, parse({ actor: "%" }))).events).toHaveLength(0);
    expect((await listAuditEvents(actors.globalAdmin, parse({ actor: `x%y-${sfx}` }))).events).toHaveLength(0);
    expect((await listAuditEvents(actors.globalAdmin, parse({ actor: `_lice-${sfx}` }))).events).toHaveLength(0);
  });

  test("§6 date range is inclusive by whole UTC days, and combines with the other filters", async () => {
    const day = (event: Seeded) => event.createdAt.toISOString().slice(0, 10);
    await expectFilter({ from: "2024-03-02", to: "2024-03-02" }, (event) => day(event) === "2024-03-02");
    await expectFilter({ from: "2024-03-02" }, (event) => day(event) >= "2024-03-02");
    await expectFilter({ to: "2024-03-01" }, (event) => day(event) <= "2024-03-01");
    await expectFilter(
      { from: "2024-03-02", to: "2024-03-03", action: "user.enabled", actor: "alice" },
      (event) => day(event) >= "2024-03-02" && event.action === "user.enabled" && event.actorLabel === LABELS[0],
    );
  });

  test("§6 invalid filter values become field messages, never an error", () => {
    const parsed = parseAuditFilter({
      from: "2024-02-30",
      to: "yesterday",
      action: "DROP TABLE",
      exact: "yes",
      after: "1_not-a-uuid",
      actor: "x".repeat(300),
    });
    expect(parsed).toMatchObject({
      ok: false,
      fieldErrors: {
        from: "audit.filter.invalidDate",
        to: "audit.filter.invalidDate",
        action: "audit.filter.invalidAction",
        exact: "audit.filter.invalidExact",
        page: "audit.filter.invalidPage",
        actor: "audit.filter.actorTooLong",
      },
    });
    expect(parseAuditFilter({ from: "2024-03-05", to: "2024-03-01" })).toMatchObject({
      ok: false,
      fieldErrors: { to: "audit.filter.dateOrder" },
    });
    expect(parseAuditFilter(new URLSearchParams("action=&actor=+&from=&to="))).toEqual({
      ok: true,
      filter: expect.any(Object),
      values: { action: "", actor: " ", from: "", to: "" },
    });
  });

  test("M2 control characters in the filter (?actor=%00, ?org=%00) are dropped before any query, never a 500", async () => {
    // A NUL alone is no filter at all; around other text it is removed and the rest filters.
    expect(parseAuditFilter(new URLSearchParams("actor=%00"))).toEqual({
      ok: true,
      filter: expect.objectContaining({ actor: undefined }),
      values: { actor: "" },
    });
    await expectFilter({ actor: `alice\u0000-${sfx}\u001f\u007f` }, (event) => event.actorLabel === LABELS[0]);
    const exact = parseAuditFilter(new URLSearchParams(`actor=${encodeURIComponent(LABELS[1])}%00%0A&exact=1`));
    expect(exact).toMatchObject({
      ok: true,
      filter: { actor: LABELS[1], actorExact: true },
      values: { actor: LABELS[1] },
    });
    for (const query of [
      "actor=%00",
      "actor=a%00b",
      "actor=%00&exact=1",
      "from=2024-03-01%00",
      "action=user.created%00",
    ]) {
      const parsed = parseAuditFilter(new URLSearchParams(query));
      if (parsed.ok) {
        await expect(listAuditEvents(actors.globalAdmin, parsed.filter)).resolves.toMatchObject({
          events: expect.any(Array),
        });
        await expect(readAll(await exportAuditEvents(actors.globalAdmin, parsed.filter))).resolves.toContain(
          "time_utc",
        );
      }
    }
    for (const query of ["org=%00", "org=audit%00%20" + sfx, "org=%00&actor=%00"]) {
      const parsed = parseAuditFilter(new URLSearchParams(query), { operator: true });
      if (!parsed.ok) throw new Error(`${query} did not parse`);
      expect(parsed.filter.org ?? "").not.toMatch(/\u0000/);
      await expect(listAllAuditEvents(operator, parsed.filter)).resolves.toMatchObject({ events: expect.any(Array) });
      await expect(readAll(await exportAllAuditEvents(operator, parsed.filter))).resolves.toContain("time_utc");
    }
    const byOrg = parseAuditFilter(new URLSearchParams(`org=audit%00%20${sfx}%20beta`), { operator: true });
    if (!byOrg.ok) throw new Error("org filter did not parse");
    expect((await listAllAuditEvents(operator, byOrg.filter)).events.map((event) => event.tenant?.name)).toEqual(
      Array(eventsB.length).fill(tenantB.name),
    );
  });
});

describe("§6 keyset paging", () => {
  test("§6 Next then Previous returns the same pages; new events don't shift or repeat rows", async () => {
    const list = listAs(actors.userManagementAdmin);
    const filter = parse({ to: "2024-03-03" });
    const first = await list(filter);
    expect(first.previousCursor).toBeNull();
    const second = await list(parse({ to: "2024-03-03", after: first.nextCursor! }));
    const third = await list(parse({ to: "2024-03-03", after: second.nextCursor! }));
    expect(first.events).toHaveLength(50);
    expect(second.events).toHaveLength(50);
    expect(third.nextCursor).toBeNull();
    const back = await list(parse({ to: "2024-03-03", before: third.previousCursor! }));
    expect(ids(back.events)).toEqual(ids(second.events));
    const backToStart = await list(parse({ to: "2024-03-03", before: back.previousCursor! }));
    expect(ids(backToStart.events)).toEqual(ids(first.events));
    expect(backToStart.previousCursor).toBeNull();

    // An event inside the filtered range arriving while paging: page 2 from the cursor is unchanged.
    eventsA.push(
      ...(await seedEvents(tenantA.id, [
        { createdAt: new Date("2024-03-03T12:00:00.000Z"), action: "user.created", actorLabel: LABELS[1] },
      ])),
    );
    expect(ids((await list(parse({ to: "2024-03-03", after: first.nextCursor! }))).events)).toEqual(ids(second.events));
  });
});

describe("§6 CSV export", () => {
  test("§6 export escapes quotes and line breaks and neutralizes formulas", async () => {
    const { tenant, admin } = await createPartner({ name: `Audit ${sfx} Export` });
    const actor = (await signInAs(admin!.email)).actor;
    const nasty = [
      '=HYPERLINK("http://evil.example","x")',
      "+SUM(1,2)",
      "-1+1",
      "@cmd",
      'say "hi", then\nleave',
      "plain",
    ];
    await seedEvents(
      tenant.id,
      nasty.map((label, i) => ({
        createdAt: new Date(BASE + i * HOUR),
        action: "user.created",
        actorLabel: LABELS[0],
        targetLabel: label,
      })),
      { before: { agentRole: "ADMIN_AGENT" }, after: { agentRole: "SALES_AGENT" } },
    );
    const csv = await readAll(await exportAuditEvents(actor, parse({ action: "user.created" })));
    expect(csv.startsWith("\uFEFFtime_utc,actor,action,target_type,target_id,target,before,after,ip\r\n")).toBe(true);
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""x"")",`);
    expect(csv).toContain(`,"'+SUM(1,2)",`);
    expect(csv).toContain(`,'-1+1,`);
    expect(csv).toContain(`,'@cmd,`);
    expect(csv).toContain(`,"say ""hi"", then\nleave",`);
    expect(csv).toContain(`,"{""agentRole"":""ADMIN_AGENT""}","{""agentRole"":""SALES_AGENT""}",203.0.113.7\r\n`);
    // One header and six records, newest first; records end with CRLF, the embedded \n stays quoted.
    expect(csv.split("\r\n").filter(Boolean)).toHaveLength(7);
    expect(csv.indexOf("plain")).toBeLessThan(csv.indexOf("HYPERLINK"));
  });

  test("§6 export is the filtered set of the own tenant only", async () => {
    // Tenant B has an event by the same actor label; it must not appear.
    const csv = await readAll(await exportAuditEvents(actors.globalAdmin, parse({ actor: LABELS[0], exact: "1" })));
    const records = csv.split("\r\n").slice(1).filter(Boolean);
    expect(records).toHaveLength(eventsA.filter((event) => event.actorLabel === LABELS[0]).length);
    expect(records.every((line) => line.includes(`,${LABELS[0]},`))).toBe(true);
    expect(csv).not.toContain("user.removed");
  });
});

describe("§6 operator console", () => {
  test("§6 an operator sees events of all tenants, filtered by organization name or domain", async () => {
    const parsed = parseAuditFilter({ org: `audit ${sfx}` }, { operator: true });
    if (!parsed.ok) throw new Error("org filter did not parse");
    const all = await collectPages((filter) => listAllAuditEvents(operator, filter), parsed.filter);
    expect(all).toEqual(expect.arrayContaining([...ids(eventsA), ...ids(eventsB)]));
    const byDomain = await listAllAuditEvents(operator, { org: tenantB.primaryDomain.toUpperCase() });
    expect(byDomain.events.map((event) => event.tenant?.name)).toEqual(Array(eventsB.length).fill(tenantB.name));
    // The operator's actor filter is an ILIKE over the events, with % and _ taken literally too.
    const byActor = await collectPages((filter) => listAllAuditEvents(operator, filter), {
      org: `audit ${sfx}`,
      actor: `X_Y-${sfx}`,
    });
    expect(byActor.sort()).toEqual(
      ids([...eventsA, ...eventsB].filter((event) => event.actorLabel.startsWith(`x_y-${sfx}@`))).sort(),
    );
    expect((await listAllAuditEvents(operator, { org: `audit ${sfx}`, actor: `x%y-${sfx}` })).events).toHaveLength(0);
    const csv = await readAll(
      await exportAllAuditEvents(operator, { org: tenantB.primaryDomain, action: "user.removed" }),
    );
    expect(csv).toContain(`,${tenantB.name},${tenantB.primaryDomain},${LABELS[0]},user.removed,`);
  });

  test("§6 the operator listing refuses anything that is not an operator", async () => {
    const cast = actors.globalAdmin as unknown as OperatorActor;
    await expect(listAllAuditEvents(cast, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(exportAllAuditEvents(cast, {})).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
