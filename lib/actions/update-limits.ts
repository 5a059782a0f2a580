"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { requireMember } from "@/lib/auth/require-member";
import { db } from "@/lib/db";
import { requestMeta } from "@/lib/request-meta";
import { MAX_CODE_LIFETIME_SECONDS, MIN_CODE_LIFETIME_SECONDS } from "@/lib/zoho/code-lifetime";
import { formObject, invalid, type FormState } from "./form-state";

// Zoho's limits differ between its own pages; each workspace keeps the numbers it trusts.
const limitsSchema = z.object({
  limitCodesPerWindow: z.coerce.number().int().min(1, "At least 1").max(1000),
  limitAccessTokensPerWindow: z.coerce.number().int().min(1, "At least 1").max(1000),
  limitRefreshTokensPerUser: z.coerce.number().int().min(1, "At least 1").max(1000),
  warnRefreshTokensPerUser: z.coerce.number().int().min(1, "At least 1").max(1000),
  // Zoho's pages say 10, 15 and 30 active access tokens per refresh token.
  limitActiveAccessTokens: z.coerce.number().int().min(1, "At least 1").max(1000),
  limitCodeLifetimeSeconds: z.coerce.number().int().min(MIN_CODE_LIFETIME_SECONDS, `At least ${MIN_CODE_LIFETIME_SECONDS} seconds`).max(MAX_CODE_LIFETIME_SECONDS, `At most ${MAX_CODE_LIFETIME_SECONDS} seconds`),
}).refine((l) => l.warnRefreshTokensPerUser <= l.limitRefreshTokensPerUser, { path: ["warnRefreshTokensPerUser"], message: "Warn at or below the cap" });

export async function updateLimits(slug: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const { user, workspace } = await requireMember(slug, "workspace:manage");
  const input = formObject(formData);
  const parsed = limitsSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const meta = await requestMeta();
  await db.$transaction(async (tx) => {
    await tx.workspace.update({ where: { id: workspace.id }, data: parsed.data });
    await recordAuditEvent(tx, { workspaceId: workspace.id, actorId: user.id, action: "workspace.limits_changed", targetType: "workspace", targetId: workspace.id, data: parsed.data, ...meta });
  });
  revalidatePath(`/w/${workspace.slug}`, "layout");
  return { ok: true, message: "Limits saved.", values: input };
}
