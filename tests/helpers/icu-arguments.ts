// The arguments of ICU messages (tests/unit/message-catalog.test.ts, message-format.test.ts).
import { TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";

export type IcuArgument =
  { kind: "text" } | { kind: "number" } | { kind: "select"; options: string[] } | { kind: "tag" };

/** The message's arguments by name, nested plural and select branches included; tags (`<b>…</b>`) as kind "tag". */
export function icuArguments(elements: MessageFormatElement[], into = new Map<string, IcuArgument>()) {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.date || element.type === TYPE.time)
      into.set(element.value, { kind: "text" });
    if (element.type === TYPE.number || element.type === TYPE.plural) into.set(element.value, { kind: "number" });
    if (element.type === TYPE.select)
      into.set(element.value, { kind: "select", options: Object.keys(element.options) });
    if (element.type === TYPE.tag) into.set(element.value, { kind: "tag" });
    if (element.type === TYPE.plural || element.type === TYPE.select)
      for (const option of Object.values(element.options)) icuArguments(option.value, into);
    if (element.type === TYPE.tag) icuArguments(element.children, into);
  }
  return into;
}
