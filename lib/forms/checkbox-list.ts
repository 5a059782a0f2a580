import { z } from "zod";

// A checkbox group as it arrives: one comma-joined string (form-state.ts formObject) → its distinct,
// trimmed values. Pipe it into the array the field allows.
export const checkboxList = z
  .string()
  .default("")
  .transform((t) => [
    ...new Set(
      t
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ]);
