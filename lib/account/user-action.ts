import "server-only";
import type { z } from "zod";
import { formObject, invalid, type FormState } from "@/lib/forms/form-state";
import { userContext, type UserCtx } from "./user-context";

/**
 * workspaceAction's counterpart for forms outside a workspace (lib/auth/workspace-action.ts): signed in
 * (else off to sign in), the form parsed with the domain's schema, then `run(ctx, input)`. A failed
 * parse echoes back only the fields named in `echo`, so a password can never come back.
 */
export function userAction<S extends z.ZodType>(
  schema: S,
  run: (ctx: UserCtx, input: z.output<S>) => Promise<FormState>,
  { echo = [] }: { echo?: string[] } = {},
) {
  return async (_prev: FormState, formData: FormData): Promise<FormState> => {
    const ctx = await userContext();
    const raw = formObject(formData);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error, echo.length ? Object.fromEntries(echo.map((k) => [k, raw[k] ?? ""])) : undefined);
    return run(ctx, parsed.data);
  };
}
