// Runs once per server process. Node-only work lives in lib/server-lifecycle.ts so the
// edge bundle never sees it.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs")
    await import("./lib/server-lifecycle").then((lifecycle) => lifecycle.start());
}
