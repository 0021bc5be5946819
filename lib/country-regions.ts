// Every ISO 3166-1 alpha-2 code maps to exactly one of the program's regions (R1, R2), or is
// listed as not served. Pure data: client-side form validation imports it (no names here; those
// are in lib/regions.ts). tests/unit/country-regions.test.ts checks every code i18n-iso-countries
// knows is in exactly one list.
//
// Decisions: sovereign states go by geography (Western Asia, Iran and Africa are Middle East &
// Africa; Central and South Asia with Afghanistan are Asia Pacific; Russia is Europe like Belarus
// and Ukraine). Dependent territories go with their geography too, except where they are part of
// their state's market and priced in its currency: the French overseas departments and
// collectivities (RE, GP, MQ, GF, YT, PM, BL, MF, NC, PF, WF — EUR or the EUR-pegged CFP franc)
// and Greenland (Kingdom of Denmark, like the Faroe Islands) are Europe, and the US territories
// (PR, VI, GU, AS, MP — USD) are North America. SPEC names no embargo list, so sanctioned
// countries still have a region; the server's rules decide what a partner may do.
export const REGIONS = ["EUROPE", "NORTH_AMERICA", "LATIN_AMERICA", "ASIA_PACIFIC", "MIDDLE_EAST_AFRICA"] as const;
export type Region = (typeof REGIONS)[number];

const COUNTRIES_BY_REGION: Record<Region, string> = {
  EUROPE:
    "AD AL AT AX BA BE BG BY CH CY CZ DE DK EE ES FI FO FR GB GG GI GL GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK" +
    " BL GF GP MF MQ NC PF PM RE WF YT",
  NORTH_AMERICA: "AS BM CA GU MP PR US VI",
  LATIN_AMERICA:
    "AG AI AR AW BB BO BQ BR BS BZ CL CO CR CU CW DM DO EC FK GD GT GY HN HT JM KN KY LC MS MX NI PA PE PY SR SV SX TC TT UY VC VE VG",
  ASIA_PACIFIC:
    "AF AU BD BN BT CC CK CN CX FJ FM HK ID IN JP KG KH KI KP KR KZ LA LK MH MM MN MO MV MY NF NP NR NU NZ PG PH PK PN PW SB SG TH TJ TK TL TM TO TV TW UZ VN VU WS",
  MIDDLE_EAST_AFRICA:
    "AE AM AO AZ BF BH BI BJ BW CD CF CG CI CM CV DJ DZ EG EH ER ET GA GE GH GM GN GQ GW IL IQ IR JO KE KM KW LB LR LS LY MA MG ML MR MU MW MZ NA NE NG OM PS QA RW SA SC SD SH SL SN SO SS ST SY SZ TD TG TN TR TZ UG YE ZA ZM ZW",
};

/** Codes with no permanent civilian population, so no organization is based there: not in any list. */
export const NOT_SERVED = ["AQ", "BV", "GS", "HM", "IO", "TF", "UM"] as const;

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
