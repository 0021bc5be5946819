"use client";
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";
import { Toaster as Sonner, toast } from "sonner";
import { FLASH_COOKIE, parseFlash } from "@/lib/flash";

/**
 * Where results are announced (sonner's live region). An action that redirects leaves its result in
 * a short-lived cookie (lib/actions/set-flash.ts); it is shown once after the navigation and deleted,
 * so a reload or a shared URL never shows it again.
 */
export function Toaster() {
  const pathname = usePathname();
  const search = useSearchParams();
  useEffect(() => {
    const raw = document.cookie
      .split("; ")
      .find((pair) => pair.startsWith(`${FLASH_COOKIE}=`))
      ?.slice(FLASH_COOKIE.length + 1);
    if (!raw) return;
    document.cookie = `${FLASH_COOKIE}=; Max-Age=0; Path=/; SameSite=Lax`;
    const flash = parseFlash(decodeURIComponent(raw));
    if (flash) toast[flash.tone](flash.message);
  }, [pathname, search]);
  // Sonner's rich colours fail axe's contrast check (green on pale green); the plain toast is dark on white.
  return <Sonner position="top-center" closeButton toastOptions={{ duration: 6000 }} />;
}
