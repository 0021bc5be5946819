import "server-only";
import type { Metadata } from "next";
import type { MessageKey } from "./messages/en";
import { getT } from "./server";

/**
 * A page's tab title in the reader's language (the root layout adds " · Partner Center"):
 * `export const generateMetadata = titled("users.title");`. `rest` is the page's other, fixed metadata.
 */
export const titled =
  (key: MessageKey, rest: Omit<Metadata, "title"> = {}) =>
  async (): Promise<Metadata> => ({ ...rest, title: (await getT())(key) });
