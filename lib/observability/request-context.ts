// The request a piece of code runs for: the app server (lib/server/app-server.ts) runs each request
// inside `runWithRequest`, so log lines, audit events and spans anywhere below it carry its id.
// On globalThis: the app server and Next's server bundle load this module as separate copies.
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

export type RequestContext = { requestId: string };

const holder = globalThis as unknown as { partnerCenterRequestContext?: AsyncLocalStorage<RequestContext> };
const storage = (holder.partnerCenterRequestContext ??= new AsyncLocalStorage<RequestContext>());

export const REQUEST_ID_HEADER = "x-request-id";

/** What a load balancer may hand us as its request id: short, and nothing that could forge a log line. */
const SAFE_ID = /^[\w.:-]{8,128}$/;

/** A proxy's id when the peer is trusted and the id looks sane, else a new one. */
export function requestIdFrom(given: string | string[] | undefined, trusted: boolean): string {
  return trusted && typeof given === "string" && SAFE_ID.test(given) ? given : randomUUID();
}

export function runWithRequest<T>(context: RequestContext, fn: () => T): T {
  return storage.run(context, fn);
}

/** The current request's id, or undefined outside a request (jobs, scripts). */
export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
