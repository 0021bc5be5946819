import type { createFormatter, Formats } from "next-intl";

/** The app's named date formats (`format.dateTime(value, "dateTime")`), the same on server and client. */
export const formats = {
  dateTime: {
    date: { dateStyle: "medium" },
    long: { dateStyle: "long" },
    dateTime: { dateStyle: "medium", timeStyle: "short" },
    longDateTime: { dateStyle: "long", timeStyle: "short" },
    precise: { dateStyle: "medium", timeStyle: "medium" },
  },
} satisfies Formats;

/** What useFormatter() and getFormatter() return, for helpers that take either. */
export type Formatter = ReturnType<typeof createFormatter>;

/** Money is integer cents everywhere; this is the one place it becomes text (useFormatter / getFormatter). */
export const formatMoney = (format: Pick<Formatter, "number">, cents: number, currency: string) =>
  format.number(cents / 100, { style: "currency", currency });
