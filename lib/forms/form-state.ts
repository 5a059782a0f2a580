import { z } from "zod";
import { withoutNul } from "@/lib/without-nul";

// What every form action returns: field errors and a message; bad input is returned, never thrown.
// `values` echoes back what was typed (never secrets or passwords) so a failed submit loses nothing.
export type FormState = {
  ok?: boolean;
  message?: string;
  fieldErrors?: Record<string, string[] | undefined>;
  values?: Record<string, string>;
};

export const initialFormState: FormState = {};

export function invalid(error: z.ZodError, values?: Record<string, string>): FormState {
  return {
    message: "Please correct the highlighted fields.",
    fieldErrors: z.flattenError(error).fieldErrors as FormState["fieldErrors"],
    values,
  };
}

export function withoutKeys(values: Record<string, string>, keys: string[]): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([k]) => !keys.includes(k)));
}

// Repeated fields (checkbox groups) are joined with commas. A NUL character cannot be stored (PostgreSQL
// text refuses it) and is never meaningful in a form: it becomes U+FFFD, which validation then sees.
export function formObject(formData: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, raw] of formData) {
    if (typeof raw !== "string" || key.startsWith("$ACTION")) continue;
    const value = withoutNul(raw);
    out[key] = key in out ? `${out[key]},${value}` : value;
  }
  return out;
}
