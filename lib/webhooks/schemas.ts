import { z } from "zod";
import { checkboxList } from "@/lib/forms/checkbox-list";
import { WEBHOOK_EVENTS } from "./events";

const events = checkboxList.pipe(z.array(z.enum(WEBHOOK_EVENTS, { error: "Pick events from the list" })).min(1, "Pick at least one event"));

// The add form, its action and tests share this shape; where the URL may point is checked by the service
// (check-egress.ts resolves its host), the schema only knows its shape.
export const endpointSchema = z.object({
  url: z.string().trim().min(1, "Enter the URL that receives the webhooks").max(2000, "Keep the URL under 2000 characters"),
  events,
});
export type EndpointInput = z.output<typeof endpointSchema>;

// Bound ids: any string, since a miss (another workspace's id) is "No such endpoint".
export const endpointRefSchema = z.object({ endpointId: z.string() });
export type EndpointRef = z.output<typeof endpointRefSchema>;
export const endpointEnabledSchema = endpointRefSchema.extend({ enabled: z.enum(["true", "false"]).transform((v) => v === "true") });
export const deliveryRefSchema = endpointRefSchema.extend({ deliveryId: z.string() });
export type DeliveryRef = z.output<typeof deliveryRefSchema>;
