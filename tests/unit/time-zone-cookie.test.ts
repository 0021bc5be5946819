// One time zone per user (issue 11): the browser's zone comes back in a cookie anyone can write, so the
// server takes only a zone this runtime knows and reads everything else as UTC.
import { describe, expect, it } from "vitest";
import { DEFAULT_TIME_ZONE, timeZoneFromCookie } from "@/lib/i18n/time-zone";

describe("time-zone cookie", () => {
  it("takes a known IANA zone as it is", () => {
    expect(timeZoneFromCookie("Europe/Berlin")).toBe("Europe/Berlin");
    expect(timeZoneFromCookie("Asia/Tokyo")).toBe("Asia/Tokyo");
    expect(timeZoneFromCookie("UTC")).toBe("UTC");
  });

  it("reads a missing, unknown or malformed value as UTC", () => {
    for (const value of [
      undefined,
      null,
      "",
      "Mars/Olympus_Mons",
      "Europe/Berlin; path=/",
      "../../etc",
      "x".repeat(80),
    ])
      expect(timeZoneFromCookie(value)).toBe(DEFAULT_TIME_ZONE);
    expect(DEFAULT_TIME_ZONE).toBe("UTC");
  });

  it("resolves a zone the runtime knows under another spelling (a browser's alias) to its listed name", () => {
    expect(timeZoneFromCookie("US/Pacific")).toBe("America/Los_Angeles");
    const kolkata = timeZoneFromCookie("Asia/Kolkata");
    expect(Intl.supportedValuesOf("timeZone")).toContain(kolkata);
  });
});
