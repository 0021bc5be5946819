// Prisma's `contains` is LIKE/ILIKE and leaves % and _ live; PostgreSQL's default escape is "\".
/** Makes user text match literally inside a LIKE/ILIKE pattern (`contains`, or `ESCAPE '\'` in raw SQL). */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);
