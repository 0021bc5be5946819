"use client";

import { useLinkStatus } from "next/link";

/**
 * The thin progress bar at the top of the window while the navigation its enclosing <Link> started
 * is pending. Must be rendered inside a next/link <Link>; fades in only when the wait is noticeable.
 */
export function PendingBar() {
  const { pending } = useLinkStatus();
  return (
    <span
      aria-hidden="true"
      data-pending={pending || undefined}
      className="pointer-events-none fixed inset-x-0 top-0 z-50 hidden h-1 origin-left bg-brand-600 data-pending:block data-pending:animate-[nav-progress_8s_ease-out_100ms_both]"
    />
  );
}
