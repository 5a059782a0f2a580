import { z } from "zod";

// The access reviews' form inputs. Review and item ids are bound to the forms (action.bind) and join the
// input: any string, since a miss (another workspace's id, junk) is "No such review.".
export const REVIEW_NOTE_MAX = 500;
export const RECUR_DAYS = 90;

export const reviewRefSchema = z.object({ reviewId: z.string().max(64) });
export type ReviewRef = z.output<typeof reviewRefSchema>;

const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "A date (YYYY-MM-DD)")
  .refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)), "A date (YYYY-MM-DD)");

export const startReviewSchema = z.object({
  name: z.string().trim().min(1, "Name the review").max(100, "At most 100 characters"),
  // The Grants page's filters, as the new-review page's address carried them (a query string).
  filter: z.string().max(2000).default(""),
  // Checkbox group, joined with commas by formObject: user ids of the named reviewers.
  reviewerIds: z
    .string()
    .default("")
    .transform((s) => [...new Set(s.split(",").filter(Boolean))])
    .refine((ids) => ids.length <= 50, "At most 50 reviewers"),
  recurring: z
    .string()
    .optional()
    .transform((v) => v === "on"),
  dueOn: z.union([z.literal(""), day]).default(""),
  previousId: z.string().max(64).default(""),
});
export type StartReviewInput = z.output<typeof startReviewSchema>;

export const decideItemSchema = reviewRefSchema.extend({
  itemId: z.string().max(64),
  decision: z.enum(["KEEP", "REVOKE"], { message: "Choose keep or revoke" }),
  note: z.string().trim().max(REVIEW_NOTE_MAX, `At most ${REVIEW_NOTE_MAX} characters`).default(""),
});
export type DecideItemInput = z.output<typeof decideItemSchema>;

export const finishReviewSchema = reviewRefSchema.extend({
  // Required (as "on") only when some grants are still undecided: they are kept and reported as not reviewed.
  undecidedKept: z
    .string()
    .optional()
    .transform((v) => v === "on"),
});
export type FinishReviewInput = z.output<typeof finishReviewSchema>;
