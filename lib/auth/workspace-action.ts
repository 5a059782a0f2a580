import "server-only";
import type { z } from "zod";
import { formObject, invalid, withoutKeys, type FormState } from "@/lib/forms/form-state";
import { withoutNul } from "@/lib/without-nul";
import type { Ctx } from "./context";
import { memberContext, orNotFound } from "./member-context";
import type { Permission } from "./permissions";

// Fields a failed submit never echoes back to the page (the form loses them, by design).
const SECRET_FIELDS = ["password", "currentPassword", "newPassword", "confirmPassword", "clientSecret", "secret", "code", "passphrase"];

type Bound<K extends readonly string[]> = { [I in keyof K]: string };

/**
 * The one preamble of every workspace form action: the member and permission (else 404), the form
 * parsed with the domain's schema (bad input comes back as field errors with what was typed, secrets
 * left out), then `run(ctx, input)`. Ids bound with `action.bind(null, slug, id)` are named in
 * `bound` and join the input, so the schema checks them too.
 *
 * Our own ~40 lines rather than next-safe-action: every form here reads the same `FormState`
 * (fieldErrors, message, values) and works before JavaScript loads; next-safe-action's result
 * shape ({ data, validationErrors, serverError }) would change every form for no gain.
 */
export function workspaceAction<S extends z.ZodType, const K extends readonly string[] = []>(
  permission: Permission,
  schema: S,
  run: (ctx: Ctx, input: z.output<S>) => Promise<FormState>,
  options: { bound?: K } = {},
) {
  return async (slug: string, ...args: [...Bound<K>, FormState, FormData]): Promise<FormState> => {
    const ctx = await memberContext(slug, permission);
    const formData = args[args.length - 1] as FormData;
    const raw = formObject(formData);
    (options.bound ?? []).forEach((name, i) => (raw[name] = withoutNul(String(args[i]))));
    const values = withoutKeys(raw, [...SECRET_FIELDS, ...(options.bound ?? [])]);
    const parsed = schema.safeParse(raw);
    if (!parsed.success) return invalid(parsed.error, values);
    const state = await orNotFound(run(ctx, parsed.data));
    return state.ok || state.values ? state : { ...state, values };
  };
}
