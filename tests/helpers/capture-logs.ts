// Captures the process logger's JSON lines (lib/observability/logger.ts) for a test's assertions.
import type { Logger } from "pino";
import { createLogger, installLogger } from "@/lib/observability/logger";

export type LogLine = { level: number; msg: string; component?: string; requestId?: string; [key: string]: unknown };

export function captureLogs() {
  const holder = globalThis as unknown as { partnerCenterLogger?: Logger };
  const previous = holder.partnerCenterLogger;
  const raw: string[] = [];
  installLogger(createLogger({ level: "debug", stream: { write: (line: string) => void raw.push(line) } }));
  return {
    raw,
    lines: () => raw.map((line) => JSON.parse(line) as LogLine),
    restore: () => {
      holder.partnerCenterLogger = previous;
      if (!previous) delete holder.partnerCenterLogger;
    },
  };
}
