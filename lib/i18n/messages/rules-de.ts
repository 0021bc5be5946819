import type { RulesMessageKey } from "./rules-en";

// German wording of the relationship rules' refusals (spread into de.ts); TypeScript refuses a missing key.
export const rulesDe: Record<RulesMessageKey, string> = {
  "rules.R1": "Der Kunde ist in der Region {customerRegion}; {partner} ist in der Region {partnerRegion}.",
  "rules.R3":
    "{name} ist ein Partnermandant. Ein Partnermandant kann niemals Kunde sein: Partner verkaufen nicht an sich selbst, an verbundene Unternehmen oder an den Programmmandanten eines anderen Partners. Für eigene Käufe legen Sie einen separaten Kundenmandanten an und nehmen mit dessen globalem Administrator an.",
  "rules.R4": "{reseller} ist indirekter Reseller von {provider} und kann nicht zugleich dessen Kunde sein.",
  "rules.existingRelationship": "{customer} hat bereits eine Reseller-Beziehung mit {partner}.",
};
