import { Slot } from "@radix-ui/react-slot";
import { cva, type VariantProps } from "class-variance-authority";
import type { ButtonHTMLAttributes } from "react";
import { cn } from "./cn";

/** The one button style (also for links styled as buttons: `asChild` around a <Link>). */
export const buttonVariants = cva(
  "inline-flex items-center justify-center gap-2 rounded-md font-semibold whitespace-nowrap transition-colors disabled:pointer-events-none disabled:opacity-60 aria-busy:cursor-progress [&_svg]:size-4 [&_svg]:shrink-0",
  {
    variants: {
      variant: {
        primary: "bg-brand-700 text-white hover:bg-brand-800",
        secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
        destructive: "bg-red-700 text-white hover:bg-red-800",
        // A destructive action offered in a list: quiet until hovered, confirmed in a dialog.
        "destructive-outline": "border border-red-300 bg-white text-red-800 hover:bg-red-50",
        ghost: "text-slate-800 hover:bg-slate-100",
        link: "h-auto px-0 py-0 font-medium text-brand-700 underline underline-offset-2 hover:text-brand-800",
      },
      size: {
        md: "px-4 py-2 text-sm",
        sm: "px-3 py-1.5 text-sm",
        icon: "size-9 p-0",
      },
    },
    defaultVariants: { variant: "primary", size: "md" },
  },
);

export type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> &
  VariantProps<typeof buttonVariants> & { asChild?: boolean };

export function Button({ className, variant, size, asChild = false, type, ...props }: ButtonProps) {
  const Component = asChild ? Slot : "button";
  return (
    <Component
      type={asChild ? undefined : (type ?? "button")}
      className={cn(buttonVariants({ variant, size }), className)}
      {...props}
    />
  );
}
