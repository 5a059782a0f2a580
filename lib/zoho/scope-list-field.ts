import { z } from "zod";
import { judgeScope, MAX_SCOPES, parseScopes } from "@/lib/zoho/scope-grammar";

// A scope list as people type it (commas or spaces between scopes), checked with the one scope
// grammar: only what cannot be a scope at all is refused here. Unusual shapes (PhoneBridge.call.log,
// a typo) are the builder's and debugger's warnings, never a block: Zoho is the judge of those.
export const scopeListSchema = ({ min = 0, minMessage = "Add at least one scope, e.g. ZohoCRM.modules.ALL" } = {}) =>
  z
    .string()
    .default("")
    .transform(parseScopes)
    .pipe(z.array(z.string()).min(min, minMessage).max(MAX_SCOPES, `At most ${MAX_SCOPES} scopes`))
    .superRefine((scopes, ctx) => {
      for (const scope of scopes) {
        const verdict = judgeScope(scope);
        if (verdict.kind === "invalid") ctx.addIssue({ code: "custom", message: verdict.problem });
      }
    });
