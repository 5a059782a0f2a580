import { z } from "zod";

// Empty keeps every event. At least 30 days, so that no slip of a finger empties the trail.
export const retentionSchema = z.object({
  auditRetentionDays: z.preprocess(
    (value) => (typeof value === "string" ? value.trim() : ""),
    z.union([
      z.literal("").transform(() => null),
      z.coerce.number().int("Whole days").min(30, "At least 30 days").max(36_500, "At most 100 years"),
    ]),
  ),
});
export type RetentionInput = z.output<typeof retentionSchema>;
