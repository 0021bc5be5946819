import { z } from "zod";

/** The Retry button's form: the email's id, checked by the domain function (a malformed id is "not found"). */
export const retryDeadEmailSchema = z.strictObject({ emailId: z.string({ error: "deadEmails.notFound" }) });
