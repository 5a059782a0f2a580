import { z } from "zod";

// The grants' form inputs. The grant id is bound to the form (action.bind(null, slug, id)) and joins
// the input: any string, since a miss (another workspace's id, a NUL, junk) is "No such grant.".
export const grantRefSchema = z.object({ grantId: z.string() });
export type GrantRef = z.output<typeof grantRefSchema>;

export const relabelGrantSchema = grantRefSchema.extend({ label: z.string().trim().max(80, "At most 80 characters") });
export type RelabelGrantInput = z.output<typeof relabelGrantSchema>;
