import { z } from "zod";

// The grants' form inputs. The grant id is bound to the form (action.bind(null, slug, id)) and joins
// the input: any string, since a miss (another workspace's id, a NUL, junk) is "No such grant.".
export const grantRefSchema = z.object({ grantId: z.string() });
export type GrantRef = z.output<typeof grantRefSchema>;

export const relabelGrantSchema = grantRefSchema.extend({ label: z.string().trim().max(80, "At most 80 characters") });
export type RelabelGrantInput = z.output<typeof relabelGrantSchema>;

// After how many days without use a grant counts as stale (the inventory's stale view).
export const staleDaysSchema = z.object({
  staleGrantDays: z.coerce.number("Whole days").int("Whole days").min(1, "At least 1 day").max(3650, "At most 10 years"),
});
export type StaleDaysInput = z.output<typeof staleDaysSchema>;
