import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";

/** A page's data, or Next's 404 when the domain answers NOT_FOUND (missing, another tenant's, no permission); other errors rethrow. */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
