"use client";
import { useState } from "react";
import { toast } from "sonner";

// Its accessible name is its visible text ("Copy API domain", then "Copied"), so voice users can say what
// they see (WCAG 2.5.3); the toast tells screen readers the outcome.
export function CopyButton({ value, label = "Copy" }: { value: string; label?: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      toast.success("Copied to the clipboard");
      setTimeout(() => setCopied(false), 1500);
    } catch {
      toast.error("The browser refused the clipboard; select the text and copy it by hand");
    }
  }
  return (
    <button
      type="button"
      onClick={copy}
      className="min-h-6 shrink-0 rounded border border-zinc-300 px-2 py-1 text-xs font-medium whitespace-nowrap hover:bg-zinc-100 dark:border-zinc-700 dark:hover:bg-zinc-800"
    >
      {copied ? "Copied" : label}
    </button>
  );
}
