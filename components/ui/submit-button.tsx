"use client";
import { useFormStatus } from "react-dom";
import type { ButtonHTMLAttributes } from "react";

/** A submit button that disables itself while its form is pending (no double submits). */
export function SubmitButton({
  children,
  variant = "primary",
  ...props
}: ButtonHTMLAttributes<HTMLButtonElement> & { variant?: "primary" | "secondary" | "danger" }) {
  const { pending } = useFormStatus();
  const styles = {
    primary: "bg-brand-700 text-white hover:bg-brand-800",
    secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
    danger: "bg-red-700 text-white hover:bg-red-800",
  }[variant];
  return (
    <button
      type="submit"
      disabled={pending || props.disabled}
      aria-busy={pending || undefined}
      className={`inline-flex items-center rounded-md px-4 py-2 text-sm font-semibold disabled:opacity-60 ${styles}`}
      {...props}
    >
      {children}
    </button>
  );
}
