// The app server's own answer while the database is away (lib/server/unavailable.ts), spread into en.ts.
export const unavailableEn = {
  "unavailable.title": "Temporarily unavailable",
  "unavailable.body":
    "Partner Center can't reach its database right now. Nothing was changed. Please try again in a moment.",
  "unavailable.retry": "Try again",
  "unavailable.apiDetail": "The database is temporarily unavailable. Retry after the time in the Retry-After header.",
} as const;

export type UnavailableMessageKey = keyof typeof unavailableEn;
