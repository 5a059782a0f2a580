import { z } from "zod";
import { checkScopeParam } from "@/lib/zoho/scope-grammar";
import { sandboxUser } from "./users";

// "Create Self Client and code" in the sandbox API console: a name, the scopes, 3–10 minutes, and the
// sandbox user the code is generated for.
export const selfClientSchema = z.object({
  name: z.string().trim().min(1, "Name the Self Client").max(80),
  minutes: z.coerce.number().int().min(3).max(10),
  scope: z
    .string()
    .default("")
    .transform((text, ctx) => {
      const checked = checkScopeParam(text);
      if (checked.ok) return checked.scopes;
      ctx.addIssue({ code: "custom", message: checked.problem });
      return z.NEVER;
    }),
  user: z.string({ error: "Pick the sandbox user generating the code" }).transform((id, ctx) => {
    const user = sandboxUser(id);
    if (user) return user;
    ctx.addIssue({ code: "custom", message: "Pick the sandbox user generating the code" });
    return z.NEVER;
  }),
});
export type SelfClientInput = z.output<typeof selfClientSchema>;
