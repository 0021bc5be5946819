import "server-only";

/** A short plain-text answer of the CSV export routes (400 for a bad filter, 404), never cached. */
export const plainTextResponse = (status: number, text: string) =>
  new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
