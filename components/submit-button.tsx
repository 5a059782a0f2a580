"use client";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button-class";

// A submit button that shows its form is pending and cannot be pressed twice.
export function SubmitButton({
  children,
  pendingText,
  variant = "primary",
  name,
  value,
  disabled = false,
}: {
  children: React.ReactNode;
  pendingText?: string;
  variant?: "primary" | "secondary" | "danger";
  name?: string;
  value?: string;
  disabled?: boolean;
}) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending || disabled}
      aria-disabled={pending || disabled}
      className={buttonClass(variant)}
    >
      {pending && <span className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden />}
      {pending ? (pendingText ?? children) : children}
    </button>
  );
}
