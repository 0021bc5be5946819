// Bounded labels for metrics and spans: a request path → its app route ("/customers/[customerId]"),
// a Next-Action id → the action's export name ("addUserAction"), both from the build's manifests
// (.next/server/app-paths-manifest.json, server-reference-manifest.json). Unknown paths are
// "other", so a scanner can't grow the label set. In development (`reload`) the manifests grow as
// pages compile: a miss re-reads them, at most every 5 s. A production build's never change, so a
// miss there costs nothing but the cached "other".
import { readFileSync } from "node:fs";
import path from "node:path";

export type Labels = { route(pathname: string): string; action(id: string): string };

type Pattern = { route: string; segments: string[] };

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return {};
  }
}

/** "/(portal)/customers/[customerId]/page" → "/customers/[customerId]". */
export function routeOfEntry(entry: string): string {
  const segments = entry
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment) && !segment.startsWith("@"));
  segments.pop(); // page | route
  return `/${segments.join("/")}`;
}

function matches(pattern: string[], segments: string[]): boolean {
  for (let i = 0; i < pattern.length; i++) {
    const part = pattern[i]!;
    if (part.startsWith("[[...")) return true;
    if (part.startsWith("[...")) return segments.length > i;
    if (i >= segments.length) return false;
    if (!part.startsWith("[") && part !== segments[i]) return false;
  }
  return pattern.length === segments.length;
}

export function createLabels(serverDir: string, { reload = false } = {}): Labels {
  let statics = new Set<string>();
  let dynamics: Pattern[] = [];
  let actions = new Map<string, string>();
  let loadedAt = 0;
  const cache = new Map<string, string>();

  function load() {
    loadedAt = Date.now();
    const routes = [
      ...new Set(Object.keys(readJson(path.join(serverDir, "app-paths-manifest.json"))).map(routeOfEntry)),
    ];
    statics = new Set(routes.filter((route) => !route.includes("[")));
    dynamics = routes
      .filter((route) => route.includes("["))
      .map((route) => ({ route, segments: route.split("/").filter(Boolean) }))
      // Most specific first: more static segments win ("/customers/new" before "/customers/[id]").
      .sort(
        (a, b) =>
          b.segments.filter((s) => !s.startsWith("[")).length - a.segments.filter((s) => !s.startsWith("[")).length,
      );
    const node = (readJson(path.join(serverDir, "server-reference-manifest.json")).node ?? {}) as Record<
      string,
      { exportedName?: string }
    >;
    actions = new Map(Object.entries(node).map(([id, entry]) => [id, entry.exportedName ?? "unknown"]));
    cache.clear();
  }
  const reloadable = () => reload && Date.now() - loadedAt > 5_000;
  load();

  function lookup(pathname: string): string | undefined {
    if (pathname.startsWith("/_next/")) return "/_next";
    const trimmed = pathname.length > 1 && pathname.endsWith("/") ? pathname.slice(0, -1) : pathname;
    if (statics.has(trimmed)) return trimmed;
    const segments = trimmed.split("/").filter(Boolean);
    return dynamics.find((pattern) => matches(pattern.segments, segments))?.route;
  }

  return {
    route(pathname) {
      const cached = cache.get(pathname);
      if (cached) return cached;
      let route = lookup(pathname);
      if (!route && reloadable()) {
        load();
        route = lookup(pathname);
      }
      if (cache.size > 5_000) cache.clear();
      cache.set(pathname, route ?? "other");
      return route ?? "other";
    },
    action(id) {
      if (!actions.has(id) && reloadable()) load();
      return actions.get(id) ?? "unknown";
    },
  };
}
