// Vitest global setup: the database the tests use. `npm test` passes one it already created
// (TEST_DATABASE_URL); a plain `npx vitest run` provisions its own fresh one here.
import type { TestProject } from "vitest/node";
import { provisionDatabases } from "./provision-databases";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.TEST_DATABASE_URL;
  if (given) {
    project.provide("databaseUrl", given);
    return;
  }
  const started = Date.now();
  const databases = await provisionDatabases(["test"]);
  console.log(`[vitest] fresh test database on ${databases.server} (${Date.now() - started} ms)`);
  project.provide("databaseUrl", databases.urls.test);
  return databases.dispose;
}
