// Finds the Chromium that Playwright drives: `playwright install` can't download here, so we use
// Debian's `chromium` (ENGINEERING §1). Used by scripts/test.ts (may install it) and playwright.config.ts.
import { aptInstall, isExecutable, onPath } from "./apt.ts";

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

function locate() {
  return ["/usr/bin/chromium"].find(isExecutable) ?? onPath("chromium") ?? onPath("chromium-browser");
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
  const found = locate() ?? (options.install && aptInstall(["chromium"], "Chromium is missing") ? locate() : undefined);
  if (!found) throw new Error(CHROMIUM_MISSING);
  return found;
}
