import { z } from "zod";
import { MAX_CODE_LIFETIME_SECONDS, MIN_CODE_LIFETIME_SECONDS } from "@/lib/zoho/code-lifetime";

export const workspaceNameSchema = z.object({
  name: z.string().trim().min(2, "Use at least 2 characters").max(60, "Use at most 60 characters"),
});

// A missing field is an empty one: the service answers both with what to type.
export const deleteWorkspaceSchema = z.object({ confirmSlug: z.string().trim().catch("") });

// Zoho's limits differ between its own pages; each workspace keeps the numbers it trusts.
export const limitsSchema = z
  .object({
    limitCodesPerWindow: z.coerce.number().int().min(1, "At least 1").max(1000),
    limitAccessTokensPerWindow: z.coerce.number().int().min(1, "At least 1").max(1000),
    limitRefreshTokensPerUser: z.coerce.number().int().min(1, "At least 1").max(1000),
    warnRefreshTokensPerUser: z.coerce.number().int().min(1, "At least 1").max(1000),
    // Zoho's pages say 10, 15 and 30 active access tokens per refresh token.
    limitActiveAccessTokens: z.coerce.number().int().min(1, "At least 1").max(1000),
    limitCodeLifetimeSeconds: z.coerce
      .number()
      .int()
      .min(MIN_CODE_LIFETIME_SECONDS, `At least ${MIN_CODE_LIFETIME_SECONDS} seconds`)
      .max(MAX_CODE_LIFETIME_SECONDS, `At most ${MAX_CODE_LIFETIME_SECONDS} seconds`),
  })
  .refine((l) => l.warnRefreshTokensPerUser <= l.limitRefreshTokensPerUser, {
    path: ["warnRefreshTokensPerUser"],
    message: "Warn at or below the cap",
  });
export type LimitsInput = z.output<typeof limitsSchema>;
export type WorkspaceNameInput = z.output<typeof workspaceNameSchema>;
export type DeleteWorkspaceInput = z.output<typeof deleteWorkspaceSchema>;
