import { describe, expect, it } from "vitest";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";

describe("callbackUrl never leaves the site", () => {
  it.each(["/overview", "/settings/users?q=a%20b", "/settings/users/1#x"])("keeps %s", (path) => {
    expect(safeRedirectPath(path)).toBe(path);
  });
  it.each([
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "https://evil.example",
    "evil",
    "",
    "/%0a",
    null,
  ])("refuses %j", (path) => {
    const result = safeRedirectPath(path);
    expect(
      result === "/overview" ||
        (result.startsWith("/") && new URL(result, "https://portal.example").host === "portal.example"),
    ).toBe(true);
    expect(new URL(result, "https://portal.example").host).toBe("portal.example");
  });
});
