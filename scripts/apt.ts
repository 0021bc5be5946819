// Installs Debian packages the test command needs when they are missing (ENGINEERING §1: the machines
// reach Debian's packages): Chromium for Playwright, PostgreSQL's pg_dump/pg_restore for the backup test.
import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

export function isExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

export function onPath(name: string) {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find(isExecutable);
}

/** How to run apt-get with root rights: directly as root, through passwordless sudo, or not at all. */
function aptCommand(): string[] | null {
  if (!onPath("apt-get")) return null;
  if (process.getuid?.() === 0) return ["apt-get"];
  if (onPath("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0)
    return ["sudo", "-n", "apt-get"];
  return null;
}

/** Installs `packages` with apt-get (one time); false when apt-get can't run here or fails. */
export function aptInstall(packages: string[], why: string): boolean {
  const apt = aptCommand();
  if (!apt) return false;
  console.log(`${why}: installing Debian's ${packages.map((p) => `\`${p}\``).join(", ")} with apt-get (one time)…`);
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", ...packages],
  ]) {
    const result = spawnSync(apt[0]!, [...apt.slice(1), ...args], {
      encoding: "utf8",
      env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    if (result.status !== 0) {
      console.error(
        `apt-get ${args.join(" ")} failed:\n${(result.stderr || result.stdout || "").trim().split("\n").slice(-15).join("\n")}`,
      );
      return false;
    }
  }
  return true;
}
