import { cloneElement, isValidElement } from "react";

export const inputClass =
  "block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-sm shadow-sm placeholder:text-zinc-500 focus:border-indigo-500 focus:outline-none focus:ring-2 focus:ring-indigo-500/30 aria-[invalid=true]:border-red-600 aria-[invalid=true]:ring-2 aria-[invalid=true]:ring-red-600/30 dark:border-zinc-700 dark:bg-zinc-900 dark:placeholder:text-zinc-400 dark:aria-[invalid=true]:border-red-400";

// A file input as wide as its form: left to its own width, in Chromium 156 it made its card 1 px wider than a
// 360 px screen.
export const fileInputClass = "block w-full text-sm";

// A labelled form field with its hint and errors wired to the control for screen readers. A field with
// errors marks its control aria-invalid (which inputClass draws in red), so "the highlighted fields" are
// highlighted, and FormMessage can move focus to the first of them. Only a single child is marked: a composite
// control (the scope picker) takes `invalid` itself.
export function Field({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: React.ReactNode;
  errors?: string[];
  children: React.ReactNode;
}) {
  const invalid = !!errors?.length;
  const control =
    invalid && isValidElement<{ "aria-invalid"?: boolean }>(children) ? cloneElement(children, { "aria-invalid": true }) : children;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {control}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      <div id={`${id}-error`} aria-live="polite">
        {errors?.map((e) => (
          <p key={e} className="text-sm text-red-600 dark:text-red-400">
            {e}
          </p>
        ))}
      </div>
    </div>
  );
}

// The common case: a Field around one text input, its id, name and descriptions wired.
export function TextField({
  id,
  name = id,
  label,
  hint,
  errors,
  ...input
}: { id: string; label: string; hint?: React.ReactNode; errors?: string[] } & React.InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      <input id={id} name={name} className={inputClass} aria-describedby={describedBy(id, !!hint)} {...input} />
    </Field>
  );
}

export function describedBy(id: string, hint?: boolean) {
  return [hint && `${id}-hint`, `${id}-error`].filter(Boolean).join(" ");
}
