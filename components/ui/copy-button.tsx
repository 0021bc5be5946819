"use client";
import { useState } from "react";

/** Copies `value` to the clipboard and says so to screen readers. */
export function CopyButton({ value, label, copiedLabel }: { value: string; label: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      onClick={async () => {
        await navigator.clipboard.writeText(value);
        setCopied(true);
      }}
      className="rounded-md border border-slate-400 bg-white px-3 py-1 text-sm font-medium hover:bg-slate-100"
    >
      <span aria-live="polite">{copied ? copiedLabel : label}</span>
    </button>
  );
}
