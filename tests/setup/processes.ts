// Child processes for scripts/test.ts: stages that share the terminal, and servers started in their
// own process group so the whole group can be killed (`next start` leaves a next-server child).
import { type ChildProcess, spawn, type StdioOptions } from "node:child_process";
import { closeSync, openSync } from "node:fs";
import net from "node:net";
import os from "node:os";

/** Environment for a child; plain record because Next's types make NODE_ENV required in ProcessEnv. */
export type Env = Record<string, string | undefined>;

const children = new Set<ChildProcess>();
const groups = new Set<number>();
let aborted = false;

/**
 * Runs a command with the terminal attached (or its output appended to `logFile`, for a stage that
 * runs beside another) and resolves with its exit status.
 */
export function run(command: string, args: string[], env: Env, logFile?: string): Promise<number> {
  if (aborted) return Promise.resolve(130);
  return new Promise((resolve) => {
    const log = logFile === undefined ? undefined : openSync(logFile, "a");
    const stdio: StdioOptions = log === undefined ? "inherit" : ["ignore", log, log];
    const child = spawn(command, args, { stdio, env: env as NodeJS.ProcessEnv });
    if (log !== undefined) closeSync(log);
    children.add(child);
    child.on("error", (error) => console.error(`could not start ${command}: ${error.message}`));
    child.on("close", (code, signal) => {
      children.delete(child);
      resolve(code ?? 128 + (signal ? os.constants.signals[signal] : 0));
    });
  });
}

export type Server = { exited: Promise<number | null>; stop: () => Promise<void> };

/** Starts a long-running server detached (its own process group), output appended to `logFile`. */
export function startServer(command: string, args: string[], env: Env, logFile: string): Server {
  const log = openSync(logFile, "a");
  const child = spawn(command, args, { env: env as NodeJS.ProcessEnv, detached: true, stdio: ["ignore", log, log] });
  closeSync(log);
  const pid = child.pid!;
  groups.add(pid);
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const stop = async () => {
    if (!groups.has(pid)) return;
    killGroup(pid, "SIGTERM");
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    killGroup(pid, "SIGKILL"); // stragglers such as next-server, even if the leader exited
    groups.delete(pid);
  };
  return { exited, stop };
}

function killGroup(pid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pid, signal);
  } catch {
    /* the group is already gone */
  }
}

/** Synchronous last resort (exit handlers, Ctrl-C): ends every server group and stage we started. */
export function killAllNow(options: { abort?: boolean } = {}) {
  if (options.abort) aborted = true; // and start no further stages
  for (const pid of groups) killGroup(pid, "SIGKILL");
  groups.clear();
  for (const child of children) child.kill("SIGTERM");
}

/** Resolves once `url` answers over HTTP (any status); rejects if the server exits or time runs out. */
export async function waitForHttp(url: string, server: Server, timeoutMs: number) {
  let exitCode: number | null | undefined;
  void server.exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitCode !== undefined) throw new Error(`the server exited with status ${exitCode} before answering`);
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

/** A TCP port that is free on 127.0.0.1 right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
