// Checks the app server runs on a server-action or form POST before Next sees it, so that a
// cross-origin, oversized or malformed request answers 403/413/400 with a short message instead of
// Next's 500 (ARCHITECTURE.md, "The app server"). The body is read here (at most 1 MB, Next's
// server-action limit) and handed to Next as a replayed stream.
import type { IncomingHttpHeaders, IncomingMessage } from "node:http";
import busboy from "busboy";

/** Next's default server-action body limit (`serverActions.bodySizeLimit`, 1 MB). */
export const ACTION_BODY_LIMIT = 1024 * 1024;
/** An oversized body is drained up to this much so the client reads the 413; past it the connection closes. */
const DRAIN_LIMIT = 8 * ACTION_BODY_LIMIT;

export type Refusal = { status: 400 | 403 | 413; message: string };

const mediaType = (headers: IncomingHttpHeaders) => (headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
const isFormType = (type: string) => type === "multipart/form-data" || type === "application/x-www-form-urlencoded";

/**
 * A POST that Next may treat as a server action: one with a `Next-Action` header (fetch actions),
 * or a form post to a page (progressive enhancement sends the action id in the body). Route
 * handlers under /api read their own bodies.
 */
export function isActionRequest(request: IncomingMessage): boolean {
  if (request.method !== "POST") return false;
  if (request.headers["next-action"] !== undefined) return true;
  const path = (request.url ?? "/").split("?")[0];
  return !path.startsWith("/api/") && isFormType(mediaType(request.headers));
}

/**
 * Next's CSRF rule for actions, answered as 403 instead of 500: an Origin header, when present,
 * must name the host the request was sent to (X-Forwarded-Host's first value, else Host).
 * No Origin (a non-browser client) passes, as in Next.
 */
export function checkOrigin(headers: IncomingHttpHeaders): Refusal | null {
  const origin = headers.origin;
  if (origin === undefined) return null;
  const forwardedHost = headers["x-forwarded-host"];
  const host = (Array.isArray(forwardedHost) ? forwardedHost[0] : forwardedHost?.split(",")[0])?.trim() || headers.host;
  let originHost: string | undefined;
  try {
    originHost = origin === "null" ? undefined : new URL(origin).host;
  } catch {
    originHost = undefined;
  }
  if (originHost && host && originHost === host) return null;
  return { status: 403, message: "Cross-origin form submissions are not accepted." };
}

const tooLarge: Refusal = { status: 413, message: "The request body is larger than 1 MB." };

/**
 * Reads the body into memory, at most `limit` bytes: a larger Content-Length or body is a 413
 * (the rest is drained, up to a bound, so the client sees the answer).
 */
export function readBody(request: IncomingMessage, limit = ACTION_BODY_LIMIT): Promise<Buffer | Refusal> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let refused = Number(request.headers["content-length"] ?? 0) > limit;
    request.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) refused = true;
      if (!refused) chunks.push(chunk);
      else if (size > DRAIN_LIMIT) {
        request.pause();
        resolve(tooLarge);
      }
    });
    request.on("end", () => resolve(refused ? tooLarge : Buffer.concat(chunks)));
    request.on("error", reject);
  });
}

const malformedMultipart: Refusal = { status: 400, message: "The form data is malformed." };

/** Whether the body is one Next can decode for this app's actions; none of them takes anything but FormData. */
export async function checkActionBody(headers: IncomingHttpHeaders, body: Buffer): Promise<Refusal | null> {
  const type = mediaType(headers);
  if (type === "multipart/form-data") return checkMultipart(headers, body);
  if (type === "application/x-www-form-urlencoded" || headers["next-action"] === undefined) return null;
  // A fetch action with a non-multipart body: React encodes arguments without FormData as JSON text.
  try {
    JSON.parse(body.toString("utf8"));
  } catch {
    return { status: 400, message: "The request body is not valid JSON." };
  }
  return { status: 400, message: "Server actions accept form data only." };
}

/** Parses the whole multipart body once: a missing or wrong boundary, a truncated part or junk is a 400. */
function checkMultipart(headers: IncomingHttpHeaders, body: Buffer): Promise<Refusal | null> {
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers, defParamCharset: "utf8", limits: { fieldSize: ACTION_BODY_LIMIT } });
  } catch {
    return Promise.resolve(malformedMultipart); // no boundary in Content-Type
  }
  return new Promise((resolve) => {
    parser.on("file", (_name, stream) => stream.resume());
    parser.on("error", () => resolve(malformedMultipart));
    parser.on("close", () => resolve(null));
    parser.end(body);
  });
}
