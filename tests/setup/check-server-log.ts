// Issue 17, run by scripts/test.ts after the e2e stage: the production server's log of the whole
// e2e run must not contain the demo password, the temporary password and session token that
// tests/e2e/log-secrets.spec.ts recorded, or any invitation token the run's emails carried.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const DEMO_PASSWORD = "Demo-Partner-2026!";

export function checkServerLog(runDir: string) {
  const log = path.join(runDir, "server.log");
  if (!existsSync(log)) return { status: "skipped", note: "no server log (the e2e stage did not run)" } as const;
  const text = readFileSync(log, "utf8");
  const recorded = path.join(runDir, "e2e-secrets.txt");
  const fromSpec = existsSync(recorded) ? readFileSync(recorded, "utf8").split("\n").filter(Boolean) : [];
  if (fromSpec.length < 2)
    return {
      status: "failed",
      failed: 1,
      note: "tests/e2e/log-secrets.spec.ts recorded no temporary password and token",
    } as const;
  const mailbox = path.join(runDir, "mailbox");
  const emailTokens = existsSync(mailbox)
    ? readdirSync(mailbox)
        .filter((file) => file.endsWith(".eml"))
        .flatMap((file) => [...readFileSync(path.join(mailbox, file), "utf8").matchAll(/token(?:=3D|=)([\w-]{20,})/g)])
        .map((match) => match[1]!)
    : [];
  const secrets = [
    { what: "the demo password", value: DEMO_PASSWORD },
    { what: "a temporary password", value: fromSpec[0]! },
    { what: "a session token", value: fromSpec[1]! },
    ...[...new Set(emailTokens)].map((value) => ({ what: "an invitation token", value })),
  ];
  const leaked = secrets.filter((secret) => text.includes(secret.value));
  const checked = `${secrets.length} secrets (${emailTokens.length ? "incl. invitation tokens" : "no invitation tokens in the mailbox"}) in ${text.split("\n").length} log lines`;
  return leaked.length === 0
    ? ({ status: "ok", passed: 1, failed: 0, note: checked } as const)
    : ({
        status: "failed",
        passed: 0,
        failed: 1,
        note: `the server log contains ${[...new Set(leaked.map((secret) => secret.what))].join(", ")} (${log})`,
      } as const);
}
