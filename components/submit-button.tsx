"use client";
import { useEffect, useRef } from "react";
import { useFormStatus } from "react-dom";
import { buttonClass } from "./button-class";

// A submit button that shows its form is pending and cannot be pressed twice. While pending it is
// aria-disabled, not disabled: a disabled button drops keyboard focus to <body>. A second submit (a
// click, or Enter in a field) is stopped before it reaches React's form action.
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
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const form = button.current?.form;
    if (!pending || !form) return;
    const block = (e: Event) => {
      e.preventDefault();
      e.stopImmediatePropagation();
    };
    form.addEventListener("submit", block);
    return () => form.removeEventListener("submit", block);
  }, [pending]);
  return (
    <button
      ref={button}
      type="submit"
      name={name}
      value={value}
      disabled={disabled}
      aria-disabled={pending || disabled}
      className={buttonClass(variant, pending)}
    >
      {pending && <span className="size-3 animate-spin rounded-full border-2 border-current border-t-transparent" aria-hidden />}
      {pending ? (pendingText ?? children) : children}
    </button>
  );
}
