"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { Menu, X } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState, useSyncExternalStore, type MouseEvent, type ReactNode } from "react";

// Tailwind's `md` breakpoint: from here on the layout shows the sidebar and this menu is not needed.
const DESKTOP = "(min-width: 48rem)";
const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(DESKTOP);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
};
const isDesktop = () => window.matchMedia(DESKTOP).matches;

/**
 * Below `md` the navigation (`children`, the same SideNav the sidebar shows) lives in a drawer behind
 * a Menu button. Radix's modal dialog moves focus in, traps it, closes on Escape and returns focus to
 * the button; the page behind is hidden from assistive technology and pointer input. The drawer's
 * content is rendered only while open, so there is one "Main navigation" at a time.
 */
export function MobileNav({
  menuLabel,
  closeLabel,
  children,
}: {
  menuLabel: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const pathname = usePathname();
  // The page it was opened on: a navigation (or growing to `md`) closes it, adjusted while rendering.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const desktop = useSyncExternalStore(subscribe, isDesktop, () => false);
  if (openOn !== null && (openOn !== pathname || desktop)) setOpenOn(null);
  const open = openOn !== null;

  // A link to the page already shown doesn't change the pathname; close for it too.
  const closeOnSamePageLink = (event: MouseEvent) => {
    const link = (event.target as Element).closest("a");
    if (link && new URL(link.href).pathname === pathname) setOpenOn(null);
  };

  return (
    <Dialog.Root open={open} onOpenChange={(next) => setOpenOn(next ? pathname : null)}>
      <Dialog.Trigger className="inline-flex items-center gap-2 rounded-md border border-slate-300 px-3 py-2 text-sm font-medium text-slate-800 hover:bg-slate-100 md:hidden">
        <Menu aria-hidden="true" className="size-5" />
        {menuLabel}
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/50 md:hidden" />
        <Dialog.Content
          aria-describedby={undefined}
          onClick={closeOnSamePageLink}
          className="fixed inset-y-0 left-0 z-40 flex w-72 max-w-[85vw] flex-col gap-4 overflow-y-auto bg-slate-100 p-4 shadow-xl md:hidden"
        >
          <div className="flex items-center justify-between">
            <Dialog.Title className="text-lg font-semibold">{menuLabel}</Dialog.Title>
            <Dialog.Close aria-label={closeLabel} className="rounded-md p-2 text-slate-700 hover:bg-slate-200">
              <X aria-hidden="true" className="size-5" />
            </Dialog.Close>
          </div>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
