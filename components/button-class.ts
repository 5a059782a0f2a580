import clsx from "clsx";

// Shared by server pages (links styled as buttons) and the client SubmitButton.
export function buttonClass(variant: "primary" | "secondary" | "danger" = "primary", pending = false) {
  return clsx(
    "inline-flex min-h-9 items-center justify-center gap-2 rounded-md px-3.5 py-2 text-sm font-medium shadow-sm transition disabled:cursor-not-allowed disabled:opacity-60",
    pending && "cursor-wait opacity-70",
    variant === "primary" && "bg-indigo-600 text-white hover:bg-indigo-700",
    variant === "secondary" &&
      "border border-zinc-300 bg-white text-zinc-800 hover:bg-zinc-100 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100 dark:hover:bg-zinc-800",
    variant === "danger" && "bg-red-600 text-white hover:bg-red-700",
  );
}
