import "server-only";
import { startEmailWorker, stopEmailWorker } from "@/lib/email/worker";

/** Starts the outbox worker (SPEC §5); on SIGTERM it finishes its in-flight batch while Next drains requests. */
export function start() {
  if (process.env.EMAIL_WORKER === "off") return;
  startEmailWorker();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stopEmailWorker());
}
