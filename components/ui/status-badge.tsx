import type { ReactNode } from "react";
import { Badge } from "./badge";

type Tone = "neutral" | "info" | "success" | "warning" | "danger" | "brand";

// One tone per status of each kind, so "Pending" looks the same on every list.
const TONES = {
  user: { ACTIVE: "success", MUST_CHANGE: "warning", DISABLED: "neutral" },
  invitation: { PENDING: "info", ACCEPTED: "success", DECLINED: "neutral", REVOKED: "neutral", EXPIRED: "warning" },
  relationship: { ACTIVE: "success", ENDED: "neutral" },
  enrollment: { AWAITING_EMAIL_VERIFICATION: "warning", IN_REVIEW: "info", APPROVED: "success", REJECTED: "danger" },
  support: { OPEN: "info", ANSWERED: "warning", CLOSED: "neutral" },
  channel: { DIRECT_BILL: "brand", INDIRECT: "neutral" },
  email: { PENDING: "info", SENT: "success", DEAD: "danger" },
  job: { DONE: "success", RUNNING: "info", RETRYING: "warning", DEAD: "danger" },
} satisfies Record<string, Record<string, Tone>>;

export type StatusKind = keyof typeof TONES;

/** A status word in a list or a heading; `children` is its translated label. */
export function StatusBadge<K extends StatusKind>({
  kind,
  status,
  children,
  className,
}: {
  kind: K;
  status: keyof (typeof TONES)[K] & string;
  children: ReactNode;
  className?: string;
}) {
  const tones: Record<string, Tone> = TONES[kind];
  return (
    <Badge tone={tones[status] ?? "neutral"} className={className}>
      {children}
    </Badge>
  );
}
