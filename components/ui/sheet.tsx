"use client";
import * as DialogPrimitive from "@radix-ui/react-dialog";
import { cva, type VariantProps } from "class-variance-authority";
import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ComponentProps, ReactNode } from "react";
import { cn } from "./cn";

// A drawer from a side of the screen: the same modal behaviour as Dialog (focus trap, Escape, focus return).
export const Sheet = DialogPrimitive.Root;
export const SheetTrigger = DialogPrimitive.Trigger;

const sheetVariants = cva("fixed z-40 flex flex-col gap-4 overflow-y-auto bg-slate-100 p-4 shadow-xl", {
  variants: {
    side: {
      left: "inset-y-0 left-0 w-72 max-w-[85vw]",
      right: "inset-y-0 right-0 w-80 max-w-[90vw]",
    },
  },
  defaultVariants: { side: "left" },
});

export function SheetContent({
  title,
  side,
  className,
  overlayClassName,
  closeLabel,
  children,
  ...props
}: Omit<ComponentProps<typeof DialogPrimitive.Content>, "title"> &
  VariantProps<typeof sheetVariants> & { title: ReactNode; overlayClassName?: string; closeLabel?: string }) {
  const t = useTranslations("ui");
  return (
    <DialogPrimitive.Portal>
      <DialogPrimitive.Overlay className={cn("fixed inset-0 z-40 bg-slate-900/50", overlayClassName)} />
      <DialogPrimitive.Content
        aria-describedby={undefined}
        className={cn(sheetVariants({ side }), className)}
        {...props}
      >
        <div className="flex items-center justify-between">
          <DialogPrimitive.Title className="text-lg font-semibold">{title}</DialogPrimitive.Title>
          <DialogPrimitive.Close
            aria-label={closeLabel ?? t("close")}
            className="rounded-md p-2 text-slate-700 hover:bg-slate-200"
          >
            <X aria-hidden="true" className="size-5" />
          </DialogPrimitive.Close>
        </div>
        {children}
      </DialogPrimitive.Content>
    </DialogPrimitive.Portal>
  );
}
