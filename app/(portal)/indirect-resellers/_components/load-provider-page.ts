import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "@/lib/errors";

/** A provider page's data, or Next's 404 when the domain answers NOT_FOUND (not a provider, no permission). */
export async function orNotFound<T>(load: Promise<T>): Promise<T> {
  try {
    return await load;
  } catch (error) {
    if (isDomainError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}
