import countries from "i18n-iso-countries";
import de from "i18n-iso-countries/langs/de.json";
import en from "i18n-iso-countries/langs/en.json";
import { COUNTRY_CODES, regionOf, type Region } from "./country-regions";

// Country names in the reader's language from i18n-iso-countries (only English and German are
// registered). The region map itself is lib/country-regions.ts, which client code may import.
export { COUNTRY_CODES, isCountryCode, NOT_SERVED, REGIONS, regionOf, type Region } from "./country-regions";

countries.registerLocale(en);
countries.registerLocale(de);

// The shorter of the package's official name and its alias ("Russia", "Iran", "Netherlands"),
// unless the alias is an abbreviation ("UK"), inverted ("Korea, Republic of") or shared by two
// countries ("Congo").
function pickName(code: string, locale: string): string {
  const official = countries.getName(code, locale, { select: "official" }) ?? code;
  const alias = countries.getName(code, locale, { select: "alias" }) ?? official;
  const usable =
    alias.length < official.length &&
    alias.toUpperCase() !== alias &&
    !alias.includes(",") &&
    !COUNTRY_CODES.some((other) => other !== code && countries.getName(other, locale, { select: "alias" }) === alias);
  return usable ? alias : official;
}

const names = new Map<string, string>();

export function countryName(countryCode: string, locale: string): string {
  const language = locale === "de" ? "de" : "en";
  const key = `${language}:${countryCode}`;
  let name = names.get(key);
  if (name === undefined) {
    name = pickName(countryCode.toUpperCase(), language);
    names.set(key, name);
  }
  return name;
}

/** A country select's options in the reader's language, sorted by name; only `region`'s countries when a rule limits the choice (R1). */
export function countryOptions(locale: string, region?: Region): { value: string; label: string }[] {
  return COUNTRY_CODES.filter((code) => !region || regionOf(code) === region)
    .map((code) => ({ value: code, label: countryName(code, locale) }))
    .sort((a, b) => a.label.localeCompare(b.label, locale));
}
