// The app server in front of Next (lib/server/app-server.ts), against the production build: a forged
// X-Forwarded-For chooses neither the sign-in throttle bucket nor the stored IP, and malformed,
// oversized or cross-origin server-action requests answer 4xx with a short message, never 500.
import { createHash } from "node:crypto";
import { expect, test } from "@playwright/test";
import { appDatabase, closeAppDatabase } from "./app-database";
import { attemptSignIn, signInWithForm } from "./helpers";

const FORGED = "203.0.113.77";
const bucketKey = (ip: string) => createHash("sha256").update(`signin:ip:${ip}`).digest("hex");

test.afterAll(closeAppDatabase);

test.describe("client address", () => {
  test.use({ extraHTTPHeaders: { "X-Forwarded-For": FORGED, "X-Client-IP": FORGED } });

  test("a forged X-Forwarded-For changes neither the throttle bucket nor the session's IP", async ({ page }) => {
    await attemptSignIn(page, `nobody-${Date.now().toString(36)}@forged.example`, "Wrong-Password-123!");
    await expect(page.getByText("The email or password is incorrect.")).toBeVisible();
    const buckets = await appDatabase().query<{ key: string }>(
      "SELECT key FROM rate_limit_buckets WHERE key = ANY($1)",
      [[bucketKey(FORGED), bucketKey("127.0.0.1")]],
    );
    expect(buckets.rows.map((row) => row.key)).toEqual([bucketKey("127.0.0.1")]);

    const since = new Date();
    await signInWithForm(page, "admin@adatum.example");
    const sessions = await appDatabase().query<{ ip: string }>(
      `SELECT s.ip FROM user_sessions s JOIN users u ON u.id = s.user_id
        WHERE u.email = 'admin@adatum.example' AND s.created_at >= $1`,
      [since],
    );
    // Other specs may sign in as the same user meanwhile: every new session must carry the socket address.
    expect(sessions.rows.length).toBeGreaterThan(0);
    expect(new Set(sessions.rows.map((row) => row.ip))).toEqual(new Set(["127.0.0.1"]));
  });
});

test.describe("server-action requests", () => {
  const boundary = "----e2eBoundary4Qx";
  const form = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="1_email"\r\n\r\na@example.com\r\n--${boundary}--\r\n`,
  );
  const multipart = `multipart/form-data; boundary=${boundary}`;
  const shapes: [string, Record<string, string>, Buffer | string, number][] = [
    ["a boundary that doesn't match", { "Content-Type": "multipart/form-data; boundary=nope" }, form, 400],
    ["no boundary", { "Content-Type": "multipart/form-data" }, form, 400],
    ["a truncated part", { "Content-Type": multipart }, form.subarray(0, 60), 400],
    ["binary junk", { "Content-Type": multipart }, Buffer.from([0, 255, 45, 45, 13, 10, 7, 200]), 400],
    ["text/plain that isn't JSON", { "Content-Type": "text/plain;charset=UTF-8" }, "[not json", 400],
    ["a JSON body that isn't FormData", { "Content-Type": "text/plain;charset=UTF-8" }, '[{"email":"a"}]', 400],
    ["a body over 1 MB", { "Content-Type": multipart }, Buffer.alloc(1024 * 1024 + 1, 97), 413],
    ["a cross-origin post", { "Content-Type": multipart, Origin: "https://evil.example" }, form, 403],
  ];

  for (const [shape, headers, body, status] of shapes) {
    test(`${shape} answers ${status}`, async ({ request, baseURL }) => {
      const response = await request.post("/sign-in", {
        headers: { "Next-Action": "7f".padEnd(42, "0"), Origin: new URL(baseURL!).origin, ...headers },
        data: body,
        maxRedirects: 0,
      });
      expect(response.status()).toBe(status);
      expect(response.headers()["content-type"]).toMatch(/^text\/plain/);
      expect((await response.text()).length).toBeLessThan(100);
    });
  }
});
