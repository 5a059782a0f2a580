import { z } from "zod";
import { checkboxList } from "@/lib/forms/checkbox-list";
import { WEBHOOK_EVENTS } from "@/lib/webhooks/events";

// "Mark all read": the newest alert the member was shown (bound by the page or the bell); empty = up to now.
export const markReadSchema = z.object({ upTo: z.string().max(100) });
export type MarkReadInput = z.output<typeof markReadSchema>;

export const ALERT_MAIL_MODES = ["IMMEDIATE", "DIGEST"] as const;

// A member's own alert email: which events (none = no mail), right away or as a daily digest.
export const alertMailSchema = z.object({
  events: checkboxList.pipe(z.array(z.enum(WEBHOOK_EVENTS, { error: "Pick events from the list" }))),
  mode: z.enum(ALERT_MAIL_MODES, { error: "Choose right away or a daily digest" }),
});
export type AlertMailInput = z.output<typeof alertMailSchema>;
