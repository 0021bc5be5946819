"use client";

import { Menu } from "lucide-react";
import { usePathname } from "next/navigation";
import { useState, useSyncExternalStore, type MouseEvent, type ReactNode } from "react";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { Sheet, SheetContent, SheetTrigger } from "@/components/ui/sheet";

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
    <Sheet open={open} onOpenChange={(next) => setOpenOn(next ? pathname : null)}>
      <SheetTrigger className={cn(buttonVariants({ variant: "secondary", size: "sm" }), "md:hidden")}>
        <Menu aria-hidden="true" />
        {menuLabel}
      </SheetTrigger>
      <SheetContent
        title={menuLabel}
        closeLabel={closeLabel}
        onClick={closeOnSamePageLink}
        className="md:hidden"
        overlayClassName="md:hidden"
      >
        {children}
      </SheetContent>
    </Sheet>
  );
}
