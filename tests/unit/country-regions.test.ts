// R1/R2: every country maps to exactly one of the program's regions. The map (lib/country-regions.ts)
// must cover every ISO 3166-1 alpha-2 code i18n-iso-countries knows, or list it as not served.
import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, NOT_SERVED, REGIONS, regionOf } from "@/lib/country-regions";
import { countryName, countryOptions } from "@/lib/regions";

const packageCodes = Object.keys(countries.getAlpha2Codes()).sort();

describe("country → region map (R1, R2)", () => {
  it("maps every code of i18n-iso-countries to one region, or lists it as not served", () => {
    const unmapped = packageCodes.filter(
      (code) => !COUNTRY_CODES.includes(code) && !(NOT_SERVED as readonly string[]).includes(code),
    );
    expect(unmapped).toEqual([]);
    expect(COUNTRY_CODES.filter((code) => (NOT_SERVED as readonly string[]).includes(code))).toEqual([]);
    expect(COUNTRY_CODES.filter((code) => !packageCodes.includes(code))).toEqual([]);
  });

  it("lists each code once (one region per country)", () => {
    const listed = REGIONS.flatMap((region) => COUNTRY_CODES.filter((code) => regionOf(code) === region));
    expect(listed.length).toBe(COUNTRY_CODES.length);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it("places the codes the old hand-kept map missed", () => {
    expect(["RU", "GL", "NC", "RE"].map(regionOf)).toEqual(["EUROPE", "EUROPE", "EUROPE", "EUROPE"]);
    expect(["IR", "SY"].map(regionOf)).toEqual(["MIDDLE_EAST_AFRICA", "MIDDLE_EAST_AFRICA"]);
    expect(["KP", "AF"].map(regionOf)).toEqual(["ASIA_PACIFIC", "ASIA_PACIFIC"]);
  });
});

describe("country names and options", () => {
  it("names countries in English and German", () => {
    expect([countryName("DE", "en"), countryName("DE", "de"), countryName("US", "de")]).toEqual([
      "Germany",
      "Deutschland",
      "Vereinigte Staaten",
    ]);
  });

  it("lists only the region's countries, sorted by their localized name (R1)", () => {
    const options = countryOptions("de", "NORTH_AMERICA");
    expect(options.every((option) => regionOf(option.value) === "NORTH_AMERICA")).toBe(true);
    expect(options.map((option) => option.label)).toEqual(
      options.map((option) => option.label).sort((a, b) => a.localeCompare(b, "de")),
    );
    expect(options.map((option) => option.value)).toContain("US");
    expect(countryOptions("en").length).toBe(COUNTRY_CODES.length);
  });
});
