// Countries map to exactly one of the program's regions (R1, R2). Country names come from
// Intl.DisplayNames in the reader's language.
export const REGIONS = ["EUROPE", "NORTH_AMERICA", "LATIN_AMERICA", "ASIA_PACIFIC", "MIDDLE_EAST_AFRICA"] as const;
export type Region = (typeof REGIONS)[number];

const COUNTRIES_BY_REGION: Record<Region, string> = {
  EUROPE:
    "AD AL AT BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS SE SI SK SM UA VA XK",
  NORTH_AMERICA: "CA US PR",
  LATIN_AMERICA: "AG AR BB BO BR BS BZ CL CO CR CU DM DO EC GD GT GY HN HT JM KN LC MX NI PA PE PY SR SV TT UY VC VE",
  ASIA_PACIFIC:
    "AU BD BN BT CN FJ HK ID IN JP KH KR LA LK MM MN MO MV MY NP NZ PG PH PK SG TH TL TW VN WS TO VU SB KZ KG TJ TM UZ",
  MIDDLE_EAST_AFRICA:
    "AE AM AO AZ BF BH BI BJ BW CD CF CG CI CM CV DJ DZ EG ER ET GA GE GH GM GN GQ GW IL IQ JO KE KM KW LB LR LS LY MA MG ML MR MU MW MZ NA NE NG OM QA RW SA SC SD SL SN SO SS ST SZ TD TG TN TR TZ UG YE ZA ZM ZW",
};

const REGION_OF = new Map<string, Region>(
  REGIONS.flatMap((region) => COUNTRIES_BY_REGION[region].split(" ").map((code) => [code, region] as const)),
);

export const COUNTRY_CODES = [...REGION_OF.keys()].sort();

export const isCountryCode = (code: string) => REGION_OF.has(code);

export function regionOf(countryCode: string): Region {
  const region = REGION_OF.get(countryCode.toUpperCase());
  if (!region) throw new Error(`unknown country code ${countryCode}`);
  return region;
}

export function countryName(countryCode: string, locale: string): string {
  return new Intl.DisplayNames([locale], { type: "region" }).of(countryCode) ?? countryCode;
}
