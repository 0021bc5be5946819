// A Prisma generator that writes the parsed datamodel (DMMF) to JSON, so the drift test
// can compare schema.prisma with the migrated database without Prisma's native engines.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import generatorHelper from "@prisma/generator-helper";

generatorHelper.generatorHandler({
  onManifest: () => ({ prettyName: "Datamodel snapshot", defaultOutput: "../lib/generated/datamodel.json" }),
  onGenerate: async ({ generator, dmmf }) => {
    const file = generator.output?.value;
    if (!file) throw new Error("datamodel snapshot: no output path");
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, JSON.stringify(dmmf.datamodel, null, 2));
  },
});
