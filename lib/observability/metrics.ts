// Prometheus metrics (prom-client), served by app/api/metrics behind METRICS_TOKEN. Counters and
// histograms are bumped in process (cheap: a label lookup and an add); the database figures
// (outbox, dead jobs, job lag) are read by one query per scrape (metrics-collect.ts).
// On globalThis: the app server and Next's bundle load this module as separate copies.
import { Counter, Gauge, Histogram, Registry } from "prom-client";

function createMetrics() {
  const registry = new Registry();
  const seconds = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
  return {
    registry,
    httpRequests: new Counter({
      name: "http_requests_total",
      help: "HTTP requests by method, route and status class",
      labelNames: ["method", "route", "status"] as const,
      registers: [registry],
    }),
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "HTTP request latency by method and route",
      labelNames: ["method", "route"] as const,
      buckets: seconds,
      registers: [registry],
    }),
    actions: new Counter({
      name: "server_actions_total",
      help: "Server actions by action and status class",
      labelNames: ["action", "status"] as const,
      registers: [registry],
    }),
    actionDuration: new Histogram({
      name: "server_action_duration_seconds",
      help: "Server action latency by action",
      labelNames: ["action"] as const,
      buckets: seconds,
      registers: [registry],
    }),
    signInFailures: new Counter({
      name: "sign_in_failures_total",
      help: "Refused sign-ins (wrong email or password) by console",
      labelNames: ["kind"] as const,
      registers: [registry],
    }),
    signInThrottled: new Counter({
      name: "sign_in_throttled_total",
      help: "Sign-ins refused by the rate limit, by console",
      labelNames: ["kind"] as const,
      registers: [registry],
    }),
    jobRuns: new Counter({
      name: "job_runs_total",
      help: "Job attempts by job and outcome (done, retried, dead)",
      labelNames: ["job", "outcome"] as const,
      registers: [registry],
    }),
    outboxPending: new Gauge({
      name: "outbox_pending_emails",
      help: "Emails waiting in the outbox",
      registers: [registry],
    }),
    outboxOldestAge: new Gauge({
      name: "outbox_oldest_pending_age_seconds",
      help: "Age of the oldest email waiting in the outbox",
      registers: [registry],
    }),
    outboxDead: new Gauge({
      name: "outbox_dead_emails",
      help: "Emails that could not be delivered (dead letters)",
      registers: [registry],
    }),
    jobsDead: new Gauge({
      name: "jobs_dead",
      help: "Jobs that failed their last attempt, by job",
      labelNames: ["job"] as const,
      registers: [registry],
    }),
    jobLag: new Gauge({
      name: "job_lag_seconds",
      help: "How long the oldest due job has waited, by job (0: none waiting)",
      labelNames: ["job"] as const,
      registers: [registry],
    }),
    dbPool: new Gauge({
      name: "db_pool_connections",
      help: "Prisma's PostgreSQL pool: total, idle and waiting clients",
      labelNames: ["state"] as const,
      registers: [registry],
    }),
  };
}

export type Metrics = ReturnType<typeof createMetrics>;

const holder = globalThis as unknown as { partnerCenterMetrics?: Metrics };

export function metrics(): Metrics {
  return (holder.partnerCenterMetrics ??= createMetrics());
}

/** "2xx", "4xx", …: status classes keep the label set small. */
export const statusClass = (status: number) => `${Math.floor(status / 100)}xx`;
