// Runs once per server process: starts the outbox worker that delivers queued email
// (SPEC §5). On SIGTERM the worker finishes its in-flight batch while Next drains requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.EMAIL_WORKER === "off") return;
  const { startEmailWorker, stopEmailWorker } = await import("./lib/email/worker");
  startEmailWorker();
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void stopEmailWorker());
}
