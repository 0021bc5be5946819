// `node --import ./tests/setup/server-only-hook.mjs`: Node scripts (demo seed, mail catcher) import
// lib/ modules marked "server-only", which throws outside Next's react-server build; resolve it to nothing.
import { register } from "node:module";

const hook = `export async function resolve(specifier, context, next) {
  return specifier === "server-only" ? { url: "data:text/javascript,export {}", shortCircuit: true } : next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hook)}`);
