// http(s) URLs in a text part, without trailing punctuation such as "." or ")".
const URL_PATTERN = /(https?:\/\/[^\s<>"]*[^\s<>".,;:!?)\]'])/g;

/** Plain text with its web links clickable; everything else stays text (React escapes it). */
export function LinkedText({ text }: { text: string }) {
  // split() with a capturing group puts the URLs at the odd indexes.
  return text.split(URL_PATTERN).map((part, index) =>
    index % 2 === 1 ? (
      <a key={index} href={part} className="text-brand-700 underline break-all">
        {part}
      </a>
    ) : (
      part
    ),
  );
}
