import "server-only";
import { db } from "@/lib/db";

/**
 * What each last-used source reads as: "API key ci-sync", "the request runner", "the console". Keys are
 * looked up in the grant's own workspace only; a deleted key reads "a deleted API key".
 */
export async function describeUseSources(workspaceId: string, sources: (string | null)[]): Promise<Map<string, string>> {
  const keyIds = [...new Set(sources.flatMap((s) => (s?.startsWith("api:") ? [s.slice(4)] : [])))];
  const keys = keyIds.length
    ? await db.apiKey.findMany({ where: { workspaceId, id: { in: keyIds } }, select: { id: true, name: true } })
    : [];
  const names = new Map<string, string>([
    ["console", "the console"],
    ["runner", "the request runner"],
  ]);
  for (const id of keyIds) names.set(`api:${id}`, `API key ${keys.find((k) => k.id === id)?.name ?? "(deleted)"}`);
  return names;
}
