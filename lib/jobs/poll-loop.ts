// The one polling loop behind every queue (the email outbox, the jobs table): a round claims due
// rows with a lease (FOR UPDATE SKIP LOCKED), works them and records each outcome. A full
// batch or a wake-up starts the next round at once; a failed round (the database restarting)
// is waited out with a growing pause, up to a minute. Stopping aborts the round's signal and
// waits for it to finish.
export type Round = (signal: AbortSignal) => Promise<{ full: boolean }>;

export type PollLoop = {
  wake(): void;
  stop(): Promise<void>;
  /** When the last round finished (ok or failed): the readiness check's "is it running". */
  lastRoundAt(): number;
};

export function startPollLoop(options: {
  intervalMs: number;
  round: Round;
  onError: (error: unknown, failuresInARow: number) => void;
}): PollLoop {
  let stopping = false;
  let nudged = false;
  let wake = () => {};
  let lastRoundAt = Date.now();
  const abort = new AbortController();

  async function loop() {
    let failures = 0;
    while (!stopping) {
      nudged = false;
      let full = false;
      try {
        full = (await options.round(abort.signal)).full;
        failures = 0;
      } catch (error) {
        failures++;
        options.onError(error, failures);
      }
      lastRoundAt = Date.now();
      if (stopping || full || nudged) continue;
      const pause = Math.min(60_000, options.intervalMs * 2 ** Math.min(failures, 5));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        timer.unref();
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }
  const running = loop();
  return {
    wake() {
      nudged = true;
      wake();
    },
    async stop() {
      stopping = true;
      abort.abort();
      wake();
      await running;
    },
    lastRoundAt: () => lastRoundAt,
  };
}

const BACKOFF_BASE_MS = 30_000;
const BACKOFF_CAP_MS = 60 * 60_000;

/** 30 s, 1 min, 2 min, … capped at an hour, ±20 % so retries of many rows spread out. */
export function retryDelayMs(attempts: number, baseMs = BACKOFF_BASE_MS): number {
  const delay = Math.min(BACKOFF_CAP_MS, baseMs * 2 ** Math.max(0, attempts - 1));
  return Math.round(delay * (0.8 + Math.random() * 0.4));
}
