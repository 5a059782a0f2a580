"use server";
// The access reviews' form actions: thin adapters from a form to a service (lib/auth/workspace-action.ts
// checks the member and permission and parses the form first). Review and item ids are bound to the forms.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import type { Ctx } from "@/lib/auth/context";
import { workspaceAction } from "@/lib/auth/workspace-action";
import type { FormState } from "@/lib/forms/form-state";
import { cancelReview } from "./cancel-review";
import { decideReviewItem } from "./decide-review-item";
import { finishReview } from "./finish-review";
import { retryReviewRevokes } from "./retry-review-revokes";
import { decideItemSchema, finishReviewSchema, reviewRefSchema, startReviewSchema } from "./schemas";
import { startReview } from "./start-review";

const changed = (ctx: Ctx, state: FormState) => {
  revalidatePath(`/w/${ctx.workspace.slug}/reviews`, "layout");
  return state;
};

export const startReviewAction = workspaceAction("reviews:manage", startReviewSchema, async (ctx, input) => {
  const { reviewId, ...state } = await startReview(ctx, input);
  if (!reviewId) return state;
  revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
  redirect(`/w/${ctx.workspace.slug}/reviews/${reviewId}`);
});

export const decideReviewItemAction = workspaceAction(
  "reviews:decide",
  decideItemSchema,
  async (ctx, input) => changed(ctx, await decideReviewItem(ctx, input)),
  { bound: ["reviewId", "itemId"] },
);

export const finishReviewAction = workspaceAction(
  "reviews:manage",
  finishReviewSchema,
  async (ctx, input) => {
    const state = await finishReview(ctx, input);
    revalidatePath(`/w/${ctx.workspace.slug}/grants`, "layout");
    return changed(ctx, state);
  },
  { bound: ["reviewId"] },
);

export const retryReviewRevokesAction = workspaceAction(
  "reviews:manage",
  reviewRefSchema,
  async (ctx, input) => {
    const state = await retryReviewRevokes(ctx, input);
    revalidatePath(`/w/${ctx.workspace.slug}/grants`, "layout");
    return changed(ctx, state);
  },
  { bound: ["reviewId"] },
);

export const cancelReviewAction = workspaceAction(
  "reviews:manage",
  reviewRefSchema,
  async (ctx, input) => {
    const state = await cancelReview(ctx, input);
    if (!state.ok) return state;
    revalidatePath(`/w/${ctx.workspace.slug}`, "layout");
    redirect(`/w/${ctx.workspace.slug}/reviews?cancelled=1`);
  },
  { bound: ["reviewId"] },
);
