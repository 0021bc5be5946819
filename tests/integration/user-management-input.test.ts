// ENGINEERING §3 "bad input gets a field message, never a 500" for user management, and what
// people read: control characters in names and searches, LIKE wildcards, malformed ids and page
// numbers; R17 refusals in the UI's language (the English sentence stays in error.message);
// parseForm, the one parse-and-translate step of the actions.
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/load-session-user";
import { escapeLike } from "@/lib/db/escape-like";
import { isDomainError } from "@/lib/errors";
import { errorState, parseForm } from "@/lib/forms";
import { translator } from "@/lib/i18n/translate";
import { isUuid, searchText, stripControlCharacters } from "@/lib/text";
import { addUser } from "@/lib/users/add-user";
import { getUser } from "@/lib/users/get-user";
import { listUsers, USERS_PAGE_SIZE } from "@/lib/users/list-users";
import { removeUser } from "@/lib/users/remove-user";
import { resetUserPassword } from "@/lib/users/reset-user-password";
import { setUserStatus } from "@/lib/users/set-user-status";
import { updateUserRoles } from "@/lib/users/update-user-roles";
import { addUserSchema, updateRolesSchema } from "@/lib/users/user-input";
import { assertNotRaisingOwnRoles } from "@/lib/users/user-rules";
import { signInAs } from "../helpers/actors";
import { testDb } from "../helpers/db";
import { createPartner, createUser, unique } from "../helpers/factories";

const en = translator("en");
const de = translator("de");

const refusalOf = async (promise: Promise<unknown>) => {
  try {
    await promise;
  } catch (error) {
    if (isDomainError(error)) return error;
    throw error; // anything else would be a 500
  }
  throw new Error("expected a refusal");
};

describe("the shared text helpers", () => {
  it("isUuid accepts only real uuids", () => {
    expect(isUuid("6f1c2a4e-8b3d-4f6a-9c2e-1a2b3c4d5e6f")).toBe(true);
    expect(isUuid("6F1C2A4E-8B3D-4F6A-9C2E-1A2B3C4D5E6F")).toBe(true);
    for (const bad of [
      "-".repeat(36),
      "6f1c2a4e8b3d4f6a9c2e1a2b3c4d5e6f0000",
      "6f1c2a4e-8b3d-4f6a-9c2e-1a2b3c4d5e6",
      "",
      "x",
      null,
      42,
      undefined,
    ]) {
      expect(isUuid(bad), String(bad)).toBe(false);
    }
  });

  it("searchText strips control characters, trims and caps; stripControlCharacters takes C0 and DEL only", () => {
    expect(searchText(" Ni\u0000na\u001f\u007f ")).toBe("Nina");
    expect(searchText("\u0000")).toBe("");
    expect(searchText(["a", "b"])).toBe("");
    expect(searchText(undefined)).toBe("");
    expect(searchText("x".repeat(300))).toHaveLength(100);
    expect(stripControlCharacters("Zoë Ünal\t\n\r")).toBe("Zoë Ünal");
  });

  it("escapeLike makes %, _ and \\ literal", () => {
    expect(escapeLike("100%_a\\b")).toBe("100\\%\\_a\\\\b");
  });
});

describe("Add user: control characters in the name get a field message", () => {
  it("the schema refuses NUL, other C0 characters and DEL inside the name", () => {
    for (const name of ["Ni\u0000na", "Nina\u0007Bell", "Nina\nBell", "Nina\u007f"]) {
      const result = addUserSchema.safeParse({
        name,
        email: "n@example.test",
        agentRole: "NO_AGENT",
        adminRole: "NO_ADMIN",
      });
      expect(result.error?.issues.map((issue) => `${issue.path.join(".")}:${issue.message}`)).toEqual([
        "name:users.nameInvalid",
      ]);
    }
    expect(
      addUserSchema.parse({
        name: "  Zoë Ünal-Björk  ",
        email: "z@example.test",
        agentRole: "NO_AGENT",
        adminRole: "NO_ADMIN",
      }).name,
    ).toBe("Zoë Ünal-Björk");
  });

  it("the domain function refuses it too (a field message, nothing written), whoever calls it", async () => {
    const { admin } = await createPartner();
    const { actor } = await signInAs(admin!.email);
    const email = `nul-${unique()}@example.test`;
    const error = await refusalOf(
      addUser(actor, { name: "Ni\u0000na", email, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }, "en"),
    );
    expect(error.code).toBe("VALIDATION");
    expect(error.details.fieldErrors).toEqual({ name: "users.nameInvalid" });
    expect(await testDb().user.count({ where: { email } })).toBe(0);
    expect(errorState(error, {}, de).fieldErrors).toEqual({ name: de("users.nameInvalid") });
  });
});

describe("the users search and paging take any input", () => {
  let actor: SessionUser;
  const tag = unique();
  beforeAll(async () => {
    const { tenant, admin } = await createPartner();
    actor = (await signInAs(admin!.email)).actor;
    for (const name of [
      `Nina ${tag}`,
      `Percent 100% ${tag}`,
      `Under_score ${tag}`,
      `Back\\slash ${tag}`,
      `Plain ${tag}`,
    ])
      await createUser({ tenantId: tenant.id, name });
  });
  const names = async (search: string) =>
    (await listUsers(actor, { search })).users.map((user) => user.name).filter((name) => name.endsWith(tag));

  it("NUL and other control characters in ?q= are stripped, not sent to PostgreSQL", async () => {
    expect(await names("\u0000")).toHaveLength(5);
    expect(await names(`Ni\u0000na ${tag}`)).toEqual([`Nina ${tag}`]);
    expect(await names(`\u0001\u001f\u007fPlain`)).toEqual([`Plain ${tag}`]);
  });

  it("LIKE wildcards match literally", async () => {
    expect(await names("%")).toEqual([`Percent 100% ${tag}`]);
    expect(await names("_")).toEqual([`Under_score ${tag}`]);
    expect(await names("\\")).toEqual([`Back\\slash ${tag}`]);
    // As wildcards these would match "Plain …" and "Nina …"; taken literally they match nothing.
    expect(await names("Pl_in")).toEqual([]);
    expect(await names("n%a")).toEqual([]);
  });

  it("?page= is a whole number from 1: fractions, NaN, negatives and Infinity don't throw", async () => {
    for (const [given, expected] of [
      [1.1, 1],
      [2.9, 2],
      [Number.NaN, 1],
      [-3, 1],
      [0, 1],
      [Number.POSITIVE_INFINITY, 1],
      [1e9, 10_000],
    ] as const) {
      const result = await listUsers(actor, { page: given });
      expect(result.page, String(given)).toBe(expected);
    }
    expect((await listUsers(actor, { page: 1.1 })).users.length).toBeLessThanOrEqual(USERS_PAGE_SIZE);
  });
});

describe("malformed user ids are 'not found', never a database error", () => {
  const BAD_IDS = [
    "-".repeat(36),
    "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
    "6f1c2a4e-8b3d-4f6a-9c2e-1a2b3c4d5e6f'--",
    "\u0000",
    "",
  ];

  it.each(BAD_IDS)("id %j", async (id) => {
    const { tenant, admin } = await createPartner();
    const { actor } = await signInAs(admin!.email);
    expect(await getUser(actor, id)).toBeNull();
    for (const call of [
      () => removeUser(actor, id),
      () => resetUserPassword(actor, id),
      () => setUserStatus(actor, id, "DISABLED"),
    ]) {
      expect((await refusalOf(call())).code).toBe("NOT_FOUND");
    }
    expect(
      (await refusalOf(updateUserRoles(actor, { userId: id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }))).code,
    ).toBe("NOT_FOUND");
    expect(updateRolesSchema.safeParse({ userId: id, agentRole: "NO_AGENT", adminRole: "NO_ADMIN" }).success).toBe(
      false,
    );
    expect(await testDb().user.count({ where: { tenantId: tenant.id } })).toBe(1);
  });
});

describe("R17 refusals in the UI's language", () => {
  it("every R17 refusal in lib/users carries a message key whose English text is error.message", async () => {
    const { tenant, admin } = await createPartner();
    const { actor: globalAdmin } = await signInAs(admin!.email);
    const uma = await createUser({
      tenantId: tenant.id,
      agentRole: "HELPDESK_AGENT",
      adminRole: "USER_MANAGEMENT_ADMIN",
    });
    const { actor: umaActor } = await signInAs(uma.email);
    const agent = await createUser({ tenantId: tenant.id, agentRole: "ADMIN_AGENT" });
    const refusals = [
      // can't grant a role not held (agent and admin role)
      await refusalOf(
        addUser(
          umaActor,
          { name: "A", email: `a-${unique()}@example.test`, agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" },
          "en",
        ),
      ),
      await refusalOf(
        addUser(
          umaActor,
          { name: "B", email: `b-${unique()}@example.test`, agentRole: "NO_AGENT", adminRole: "GLOBAL_ADMIN" },
          "en",
        ),
      ),
      // can't act on a user holding a role not grantable
      await refusalOf(resetUserPassword(umaActor, agent.id)),
      // keeps a Global admin
      await refusalOf(
        updateUserRoles(globalAdmin, { userId: globalAdmin.userId, agentRole: "ADMIN_AGENT", adminRole: "NO_ADMIN" }),
      ),
      // can't raise own roles (behind the grant check, which already stops every raise today)
      await refusalOf(
        (async () =>
          assertNotRaisingOwnRoles(
            { agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
            { agentRole: "SALES_AGENT", adminRole: "NO_ADMIN" },
          ))(),
      ),
    ];
    expect(refusals.map((error) => error.messageKey)).toEqual([
      "users.r17.cantGrant",
      "users.r17.cantGrant",
      "users.r17.cantManage",
      "users.r17.keepGlobalAdmin",
      "users.r17.cantRaiseOwn",
    ]);
    for (const error of refusals) {
      expect(error.details.rule).toBe("R17");
      // The key is in the catalog and error.message is its English text: one text source.
      expect(en(error.messageKey)).not.toBe(error.messageKey);
      // The English UI shows exactly the English sentence that tests and logs see.
      expect(errorState(error, {}, en).message).toBe(error.message);
      const german = errorState(error, {}, de).message!;
      expect(german).toMatch(/^R17: /);
      expect(german).not.toBe(error.message);
    }
    expect(refusals[1].message).toBe("R17: you can't grant the Global admin role because you don't hold it.");
    expect(errorState(refusals[1], { name: "B" }, de)).toMatchObject({
      status: "error",
      message: "R17: Sie können die Rolle Globaler Administrator nicht vergeben, weil Sie sie selbst nicht haben.",
      fieldErrors: { adminRole: de("users.cantGrant") },
      values: { name: "B" },
    });
    expect(errorState(refusals[2], {}, de).message).toBe(
      "R17: Sie können keinen Benutzer mit der Rolle Administratoragent ändern, weil Sie diese Rolle nicht vergeben können.",
    );
    expect(errorState(refusals[3], {}, de).message).toBe(
      "R17: Ihre Organisation muss mindestens einen aktiven globalen Administrator behalten.",
    );
  });

  it("refusing to act on one's own account is translated too", async () => {
    const { admin } = await createPartner();
    const { actor } = await signInAs(admin!.email);
    const error = await refusalOf(removeUser(actor, actor.userId));
    expect(error.message).toBe("You can't remove your own account. Ask another administrator.");
    expect(errorState(error, {}, en).message).toBe(error.message);
    expect(errorState(error, {}, de).message).toBe(de("users.selfRemove"));
  });
});

describe("parseForm: one parse-and-translate step for every action", () => {
  const form = (entries: Record<string, string>) => {
    const data = new FormData();
    for (const [key, value] of Object.entries(entries)) data.append(key, value);
    return data;
  };

  it("returns the parsed data and the values to refill the form; React's $ fields are dropped", () => {
    const parsed = parseForm(
      addUserSchema,
      form({
        $ACTION_ID_abc: "x",
        name: " Nina ",
        email: "NINA@Example.test",
        agentRole: "NO_AGENT",
        adminRole: "NO_ADMIN",
      }),
      de,
    );
    expect(parsed).toEqual({
      ok: true,
      data: { name: "Nina", email: "nina@example.test", agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
      values: { name: " Nina ", email: "NINA@Example.test", agentRole: "NO_AGENT", adminRole: "NO_ADMIN" },
    });
  });

  it("on bad input returns a ready, translated FormState with the values (minus secrets)", () => {
    const parsed = parseForm(
      addUserSchema,
      form({ name: "Ni\u0000na", email: "nope", agentRole: "SUPER_AGENT", adminRole: "NO_ADMIN" }),
      de,
    );
    expect(parsed).toEqual({
      ok: false,
      state: {
        status: "error",
        message: de("common.fixFields"),
        fieldErrors: {
          name: de("users.nameInvalid"),
          email: de("users.emailInvalid"),
          agentRole: de("users.roleInvalid"),
        },
        values: { name: "Ni\u0000na", email: "nope", agentRole: "SUPER_AGENT", adminRole: "NO_ADMIN" },
      },
    });
    const secret = z.strictObject({
      currentPassword: z.string().min(1, "common.fixFields"),
      note: z.string().max(2, "plain words stay as they are"),
    });
    const withSecret = parseForm(secret, form({ currentPassword: "", note: "long" }), en, {
      omitValues: ["currentPassword"],
    });
    expect(withSecret).toEqual({
      ok: false,
      state: {
        status: "error",
        message: en("common.fixFields"),
        fieldErrors: { currentPassword: en("common.fixFields"), note: "plain words stay as they are" },
        values: { note: "long" },
      },
    });
  });

  it("an unknown field (strict schemas) is a form-level message, not a crash", () => {
    const parsed = parseForm(
      updateRolesSchema,
      form({
        userId: "6f1c2a4e-8b3d-4f6a-9c2e-1a2b3c4d5e6f",
        agentRole: "NO_AGENT",
        adminRole: "NO_ADMIN",
        tenantId: "x",
      }),
      en,
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(Object.keys(parsed.state.fieldErrors ?? {})).toEqual(["form"]);
  });
});
