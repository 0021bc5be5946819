import type { Formats } from "next-intl";

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

type Formatter = {
  number: (value: number, options: Intl.NumberFormatOptions) => string;
};

/** Money is integer cents everywhere; this is the one place it becomes text (useFormatter / getFormatter). */
export const formatMoney = (format: Formatter, cents: number, currency: string) =>
  format.number(cents / 100, { style: "currency", currency });
