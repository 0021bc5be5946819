// The one logger (pino): JSON lines on stdout, each with the current request id (request-context.ts).
// lib/server/main.ts installs the process's logger first (pretty in development); code loaded
// without it (tests, scripts) gets a plain JSON one. Secrets are redacted by key, wherever they sit.
import pino, { type DestinationStream, type Logger } from "pino";
import { currentRequestId } from "./request-context";

/** Keys whose values are never written, at the top level or one/two levels down. */
const SECRET_KEYS = [
  "password",
  "newPassword",
  "currentPassword",
  "temporaryPassword",
  "passwordHash",
  "token",
  "tokenHash",
  "rawToken",
  "cookie",
  "authorization",
  "secret",
  "html",
  "text",
];
export const REDACT_PATHS = SECRET_KEYS.flatMap((key) => [key, `*.${key}`, `*.*.${key}`]).concat([
  'req.headers["set-cookie"]',
  'res.headers["set-cookie"]',
]);

export function createLogger(options: { level?: string; stream?: DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? "info",
      base: { pid: process.pid },
      redact: { paths: REDACT_PATHS, censor: "[redacted]" },
      // Cheap: one AsyncLocalStorage read per line.
      mixin: () => {
        const requestId = currentRequestId();
        return requestId ? { requestId } : {};
      },
    },
    options.stream ?? pino.destination({ sync: false }),
  );
}

const holder = globalThis as unknown as { partnerCenterLogger?: Logger };

/** Installs the process's logger (lib/server/main.ts does, before Next loads). */
export function installLogger(logger: Logger): Logger {
  holder.partnerCenterLogger = logger;
  return logger;
}

/** The process's logger; `component` names the area (`log("email").warn(...)`). */
export function log(component?: string): Logger {
  const root = (holder.partnerCenterLogger ??= createLogger());
  return component ? root.child({ component }) : root;
}

/** An error as a log field: its class, message and stack, nothing else that might carry input. */
export function errorField(error: unknown) {
  return error instanceof Error
    ? { type: error.name, message: error.message, stack: error.stack }
    : { message: String(error) };
}
