import "server-only";
import { db } from "@/lib/db";
import { createGrant, type NewGrant } from "@/lib/grants/create-grant";
import { updateCallback, type CallbackUpdate } from "./record-callback";

// The grant, the callback's outcome and the audit event commit together.
export async function storeGrant(callbackId: string, grant: NewGrant, callback: Omit<CallbackUpdate, "outcome" | "grantId">) {
  return db.$transaction(async (tx) => {
    const created = await createGrant(tx, grant);
    await updateCallback(callbackId, { ...callback, outcome: "grant_created", grantId: created.id }, tx);
    return created;
  });
}
