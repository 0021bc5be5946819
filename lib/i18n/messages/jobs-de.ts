import type { JobsMessageKey } from "./jobs-en";

// German wording of the operator console's Jobs page (spread into de.ts).
export const jobsDe: Record<JobsMessageKey, string> = {
  "jobs.operatorLink": "Jobs: geplante Arbeiten und Warteschlangen",
  "jobs.title": "Jobs",
  "jobs.intro":
    "Geplante Arbeiten laufen einmal pro Intervall über alle Server hinweg. Ein fehlgeschlagener Lauf wird mit wachsender Pause wiederholt; nach dem letzten Versuch bleibt er hier als endgültig fehlgeschlagen stehen.",
  "jobs.caption": "Jobs mit ihrem letzten und nächsten Lauf",
  "jobs.job": "Job",
  "jobs.schedule": "Zeitplan",
  "jobs.everyMinutes": "{count, plural, one {Jede Minute} other {Alle # Minuten}}",
  "jobs.queued": "Bei Bedarf",
  "jobs.lastRun": "Letzter Lauf",
  "jobs.nextRun": "Nächster Lauf",
  "jobs.state": "Ergebnis",
  "jobs.failures": "Fehlgeschlagene Versuche (7 Tage)",
  "jobs.dead": "Endgültig fehlgeschlagen",
  "jobs.lastError": "Letzter Fehler",
  "jobs.never": "Noch nicht gelaufen",
  "jobs.none": "Keiner fällig",
  "jobs.status.DONE": "Erfolgreich",
  "jobs.status.RUNNING": "Läuft",
  "jobs.status.RETRYING": "Fehlgeschlagen, wird wiederholt",
  "jobs.status.DEAD": "Endgültig fehlgeschlagen",
  "jobs.name.housekeeping.purgeExpired": "Abgelaufene Anmeldezähler, Sitzungen und gesendete E-Mails löschen",
  "jobs.name.invitations.notifyExpired": "Absender über abgelaufene Einladungen informieren",
  "jobs.outboxTitle": "E-Mail-Postausgang",
  "jobs.outboxPending": "{count, plural, =0 {Keine E-Mails warten} one {# E-Mail wartet} other {# E-Mails warten}}",
  "jobs.outboxOldest": "Die älteste wartet seit {minutes, plural, one {# Minute} other {# Minuten}}.",
  "jobs.outboxDead":
    "{count, plural, =0 {Keine unzustellbaren E-Mails} one {# unzustellbare E-Mail} other {# unzustellbare E-Mails}}",
};
