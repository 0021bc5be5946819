// The operator console's Jobs page (app/operator/(console)/jobs), spread into en.ts.
export const jobsEn = {
  "jobs.operatorLink": "Jobs: scheduled work and queues",
  "jobs.title": "Jobs",
  "jobs.intro":
    "Scheduled work runs once per interval across all servers. A failed run is retried with a growing pause; after its last attempt it stays here as dead.",
  "jobs.caption": "Jobs with their last and next run",
  "jobs.job": "Job",
  "jobs.schedule": "Schedule",
  "jobs.everyMinutes": "{count, plural, one {Every minute} other {Every # minutes}}",
  "jobs.queued": "When queued",
  "jobs.lastRun": "Last run",
  "jobs.nextRun": "Next run",
  "jobs.state": "Result",
  "jobs.failures": "Failed attempts (7 days)",
  "jobs.dead": "Dead",
  "jobs.lastError": "Last error",
  "jobs.never": "Not run yet",
  "jobs.none": "None due",
  "jobs.status.DONE": "Succeeded",
  "jobs.status.RUNNING": "Running",
  "jobs.status.RETRYING": "Failed, will retry",
  "jobs.status.DEAD": "Dead",
  "jobs.name.housekeeping.purgeExpired": "Delete expired sign-in counters, sessions and sent emails",
  "jobs.name.invitations.notifyExpired": "Tell senders about expired invitations",
  "jobs.outboxTitle": "Email outbox",
  "jobs.outboxPending": "{count, plural, =0 {No emails waiting} one {# email waiting} other {# emails waiting}}",
  "jobs.outboxOldest": "The oldest has waited {minutes, plural, one {# minute} other {# minutes}}.",
  "jobs.outboxDead":
    "{count, plural, =0 {No undeliverable emails} one {# undeliverable email} other {# undeliverable emails}}",
} as const;

export type JobsMessageKey = keyof typeof jobsEn;
