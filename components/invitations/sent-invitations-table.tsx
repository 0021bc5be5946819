import type { ComponentProps } from "react";
import { Pager } from "@/components/ui/pager";
import { StatusBadge } from "@/components/ui/status-badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { FormState } from "@/lib/forms";
import type { InvitationUiKind } from "./invitation-texts";
import type { InvitationState } from "@/lib/invitations/invitation-links";
import { type ResendInvitationState, SentInvitationActions } from "./sent-invitation-actions";

/** One sent invitation as the list shows it: every text ready-made by the page, in its language. */
export type SentInvitationRow = {
  id: string;
  /** The row header; null: no address yet (the list's `noInvitee` text shows). */
  invitee: string | null;
  /** What was sent (the request's type, the invited reseller). */
  kind: string;
  state: InvitationState;
  stateText: string;
  /** Under the state: who accepted, the last refusal. */
  acceptedBy?: string | null;
  refusal?: string | null;
  sentOn: string;
  resentOn?: string | null;
  expires: string;
  /** Resend and Revoke, named for the recipient; null: read-only (another partner's invitation). */
  actions: { resendLabel: string; revokeLabel: string } | null;
};

/** The columns after the invitee's, in the page's order, with their headers. */
export type SentInvitationColumn = { key: "kind" | "state" | "sentOn" | "expires" | "actions"; header: string };

/**
 * THE list of sent invitations (R16), any kind: the invitee, what was sent, the state with who
 * accepted and the last refusal, sent and expiry dates, and Resend / Revoke while the invitation is
 * pending or expired; then the pager. The page gives the columns, the rows and its actions.
 */
export function SentInvitationsTable(props: {
  caption: string;
  inviteeHeader: string;
  noInvitee: string;
  empty: string;
  columns: SentInvitationColumn[];
  rows: SentInvitationRow[];
  resendAction: (state: ResendInvitationState, data: FormData) => Promise<ResendInvitationState>;
  revokeAction: (state: FormState, data: FormData) => Promise<FormState>;
  /** Which kind's words the row actions use. */
  kind: InvitationUiKind;
  pager: ComponentProps<typeof Pager>;
}) {
  const cells = (row: SentInvitationRow) => ({
    kind: row.kind,
    state: (
      <div>
        <StatusBadge kind="invitation" status={row.state}>
          <span data-testid="request-state">{row.stateText}</span>
        </StatusBadge>
        {row.acceptedBy && <span className="block text-xs text-slate-600">{row.acceptedBy}</span>}
        {row.refusal && <span className="block text-xs text-amber-900">{row.refusal}</span>}
      </div>
    ),
    sentOn: (
      <div>
        {row.sentOn}
        {row.resentOn && <span className="block text-xs text-slate-600">{row.resentOn}</span>}
      </div>
    ),
    expires: row.expires,
    actions: row.actions && (
      <SentInvitationActions
        invitationId={row.id}
        invitee={row.invitee}
        open={row.state === "PENDING" || row.state === "EXPIRED"}
        resendLabel={row.actions.resendLabel}
        revokeLabel={row.actions.revokeLabel}
        resendAction={props.resendAction}
        revokeAction={props.revokeAction}
        kind={props.kind}
      />
    ),
  });
  return (
    <>
      {props.rows.length === 0 ? (
        <p>{props.empty}</p>
      ) : (
        <Table caption={props.caption}>
          <TableHead>
            <TableHeader>{props.inviteeHeader}</TableHeader>
            {props.columns.map((column) => (
              <TableHeader key={column.key}>{column.header}</TableHeader>
            ))}
          </TableHead>
          <TableBody>
            {props.rows.map((row) => {
              const content = cells(row);
              return (
                <TableRow key={row.id} data-testid="sent-request">
                  <TableCell rowHeader label={props.inviteeHeader} className="break-all">
                    {row.invitee ?? <span className="font-normal text-slate-600">{props.noInvitee}</span>}
                  </TableCell>
                  {props.columns.map(({ key, header }) => (
                    <TableCell key={key} label={header}>
                      {content[key]}
                    </TableCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      )}
      <Pager {...props.pager} />
    </>
  );
}
