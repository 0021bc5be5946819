// Finds the Chromium that Playwright drives: `playwright install` can't download here, so we use
// Debian's `chromium` (ENGINEERING §1). Used by scripts/test.ts (may install it) and playwright.config.ts.
import { spawnSync } from "node:child_process";
import { accessSync, constants, statSync } from "node:fs";
import path from "node:path";

/** Flags Debian's Chromium needs under Playwright in containers and CI (ENGINEERING §1). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-dev-shm-usage",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export const CHROMIUM_MISSING =
  "Chromium was not found: install it with `sudo apt-get install -y chromium` (Debian/Ubuntu), or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium or Chrome binary.";

function isExecutable(file: string) {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

function onPath(name: string) {
  return (process.env.PATH ?? "")
    .split(path.delimiter)
    .filter(Boolean)
    .map((dir) => path.join(dir, name))
    .find(isExecutable);
}

function locate() {
  return ["/usr/bin/chromium"].find(isExecutable) ?? onPath("chromium") ?? onPath("chromium-browser");
}

/** How to run apt-get with root rights: directly as root, through passwordless sudo, or not at all. */
function aptCommand(): string[] | null {
  if (!onPath("apt-get")) return null;
  if (process.getuid?.() === 0) return ["apt-get"];
  if (onPath("sudo") && spawnSync("sudo", ["-n", "true"], { stdio: "ignore" }).status === 0)
    return ["sudo", "-n", "apt-get"];
  return null;
}

function installWithApt(): boolean {
  const apt = aptCommand();
  if (!apt) return false;
  console.log("Chromium is missing: installing Debian's `chromium` package with apt-get (one time, about a minute)…");
  for (const args of [
    ["update", "-qq"],
    ["install", "-y", "-qq", "chromium"],
  ]) {
    const result = spawnSync(apt[0], [...apt.slice(1), ...args], {
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

/**
 * The Chromium executable: PLAYWRIGHT_CHROMIUM_EXECUTABLE or CHROMIUM_PATH if set, else
 * /usr/bin/chromium or chromium / chromium-browser on PATH. With `install`, missing Chromium is
 * installed with apt-get when we are root or have passwordless sudo. Throws one clear sentence otherwise.
 */
export function findChromium(options: { install?: boolean } = {}): string {
  for (const variable of ["PLAYWRIGHT_CHROMIUM_EXECUTABLE", "CHROMIUM_PATH"]) {
    const value = process.env[variable];
    if (!value) continue;
    if (isExecutable(value)) return value;
    throw new Error(
      `${variable} is set to ${value}, which is not an executable file: point it at a Chromium binary or unset it.`,
    );
  }
  const found = locate() ?? (options.install && installWithApt() ? locate() : undefined);
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}
