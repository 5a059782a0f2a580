import { z } from "zod";
import { locationField } from "@/lib/data-centres/location-field";

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

export const apiIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "Not an id");
const id = apiIdSchema;

// Query strings of the read-only API. Strict: an unknown or misspelt parameter is a 422, not a
// silently unfiltered list.
export const pageQuerySchema = z.strictObject({
  limit: z.coerce
    .number({ error: "A number from 1 to 200" })
    .int("A whole number")
    .min(1, "At least 1")
    .max(MAX_PAGE_SIZE, `At most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE),
  cursor: id.optional(),
});

export const grantsQuerySchema = pageQuerySchema.extend({
  client: id.optional(),
  location: locationField("Unknown data centre").optional(),
  status: z
    .string()
    .transform((s) => s.toUpperCase())
    .pipe(z.enum(["ACTIVE", "REVOKED", "INVALID"], { error: "One of ACTIVE, REVOKED, INVALID" }))
    .optional(),
  // An email matches the Zoho user's email (any case); anything else, the Zoho user id.
  zohoUser: z
    .string()
    .trim()
    .min(1, "An email or a Zoho user id")
    .max(254)
    .regex(/^[^\u0000-\u001f]*$/, "No control characters")
    .optional(),
});

/** A grant id from the path, or null: anything that is not an id (a NUL, 10 KB of junk) is simply not found, unseen by the database. */
export const grantIdParam = (id: string): string | null => (apiIdSchema.safeParse(id).success ? id : null);

export type PageQuery = z.infer<typeof pageQuerySchema>;
export type GrantsQuery = z.infer<typeof grantsQuerySchema>;
