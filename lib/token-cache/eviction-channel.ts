import type { Eviction } from "./token-cache";

/** The one PostgreSQL NOTIFY channel of token-cache evictions. */
export const CHANNEL = "console_token_cache";

/** What one notification carries: who sent it (an instance ignores its own), and what to evict or `all`. */
export type EvictionMessage = Eviction & { from: string; all?: true };

// NOTIFY payloads stop at 8,000 bytes: ids go in chunks; a very large eviction becomes a flush.
const CHUNK = 200;
const FLUSH_ABOVE = 5_000;

export function evictionPayloads(from: string, eviction: Eviction): string[] {
  const ids = [
    ...(eviction.keyIds ?? []).map((id) => ["keyIds", id] as const),
    ...(eviction.grantIds ?? []).map((id) => ["grantIds", id] as const),
    ...(eviction.workspaceIds ?? []).map((id) => ["workspaceIds", id] as const),
  ];
  if (ids.length === 0) return [];
  if (ids.length > FLUSH_ABOVE) return [JSON.stringify({ from, all: true })];
  const payloads: string[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const message: EvictionMessage = { from };
    for (const [kind, id] of ids.slice(i, i + CHUNK)) (message[kind] ??= []).push(id);
    payloads.push(JSON.stringify(message));
  }
  return payloads;
}

/** A payload as received; anything unexpected is a flush (never a stale entry kept). */
export function readEvictionPayload(payload: string | undefined): EvictionMessage | { all: true; from?: string } {
  try {
    const message = JSON.parse(payload ?? "") as EvictionMessage;
    const list = (v: unknown) => v === undefined || (Array.isArray(v) && v.every((x) => typeof x === "string"));
    if (typeof message.from === "string" && list(message.keyIds) && list(message.grantIds) && list(message.workspaceIds)) return message;
  } catch {
    // fall through
  }
  return { all: true };
}
