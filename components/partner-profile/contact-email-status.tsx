/** How the primary contact's address stands: verified (date) or not, and a new address waiting for verification. */
export type ContactEmailState = { verifiedText: string; pendingLabel: string; pendingText: string | null };

/** The verification state of the primary contact's email, and a new address waiting for verification (R12). */
export function ContactEmailStatus({ state, id }: { state: ContactEmailState; id?: string }) {
  return (
    <div id={id} className="space-y-1 text-sm">
      <p className="text-slate-700" data-testid="contact-email-verification">
        {state.verifiedText}
      </p>
      {state.pendingText && (
        <p
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900"
          data-testid="pending-contact-email"
        >
          <span className="font-semibold">{state.pendingLabel}: </span>
          {state.pendingText}
        </p>
      )}
    </div>
  );
}
