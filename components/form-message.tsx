"use client";
import { useEffect, useRef } from "react";
import clsx from "clsx";
import { toast } from "sonner";
import type { FormState } from "@/lib/forms/form-state";

// A form's answer, and where focus goes when it arrives: to the first invalid field of the form, else to
// the message itself, so a keyboard or screen-reader user lands on what changed (never on <body>).
// `success="toast"`: a success is a toast and focus stays on the button that was pressed.
export function FormMessage({ state, success = "text", className }: { state: FormState; success?: "text" | "toast"; className?: string }) {
  const box = useRef<HTMLDivElement>(null);
  const inline = state.message && !(state.ok && success === "toast");
  useEffect(() => {
    if (state.ok && state.message && success === "toast") return void toast.success(state.message);
    if (!state.message && !state.fieldErrors) return;
    const form = box.current?.closest("form");
    const target =
      form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? box.current?.querySelector<HTMLElement>("[data-form-message]");
    target?.focus();
  }, [state, success]);
  return (
    <div ref={box} className={className}>
      {inline && (
        <p
          data-form-message
          tabIndex={-1}
          role={state.ok ? "status" : "alert"}
          className={clsx("text-sm outline-none", state.ok ? "text-emerald-700 dark:text-emerald-400" : "text-red-600 dark:text-red-400")}
        >
          {state.message}
        </p>
      )}
    </div>
  );
}
