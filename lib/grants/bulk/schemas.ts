import { z } from "zod";
import { relabelGrantSchema } from "@/lib/grants/schemas";

// The bulk forms' inputs. `filter` is the Grants page's query string the preview was made from; the
// service reads it again (leniently: what does not parse is dropped, as on the Grants page) and selects
// inside the workspace, so any string is safe here and none is refused.
const filter = z.string().default("");

export const bulkRevokeSchema = z.object({
  filter,
  confirm: z.string().trim().max(60, "Type the phrase shown above, nothing more").default(""),
});
export type BulkRevokeInput = z.output<typeof bulkRevokeSchema>;

export const bulkRelabelSchema = z.object({ filter, label: relabelGrantSchema.shape.label });
export type BulkRelabelInput = z.output<typeof bulkRelabelSchema>;

export const bulkAddToKeySchema = z.object({ filter, keyId: z.string().trim().min(1, "Pick an API key").max(64) });
export type BulkAddToKeyInput = z.output<typeof bulkAddToKeySchema>;

// The run page's buttons: the run id is bound to the form; a miss (another workspace's run, junk) is "No such bulk run.".
export const bulkRunRefSchema = z.object({ runId: z.string() });
export type BulkRunRef = z.output<typeof bulkRunRefSchema>;

/** What the revoke form asks to be typed: the action and the number of grants it will revoke. */
export const revokeConfirmation = (count: number) => `revoke ${count}`;
