import { describe, expect, it } from "vitest";
import { pageNumber } from "@/lib/text";

describe("pageNumber: the one ?page= parser of every list", () => {
  it.each([
    ["3", 3],
    [7, 7],
    ["2.9", 2],
    ["20000", 10_000],
  ] as const)("reads %j as %d", (value, page) => {
    expect(pageNumber(value)).toBe(page);
  });
  it.each([undefined, null, "", "x", "-4", "0", "Infinity", NaN, {}])("reads %j as page 1", (value) => {
    expect(pageNumber(value)).toBe(1);
  });
});
