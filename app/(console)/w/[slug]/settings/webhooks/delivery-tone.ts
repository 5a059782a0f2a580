import type { WebhookDeliveryStatus } from "@/lib/generated/prisma/enums";

export const DELIVERY_TONE: Record<WebhookDeliveryStatus, "green" | "amber" | "red"> = {
  DELIVERED: "green",
  PENDING: "amber",
  FAILED: "red",
};
