// The token API's memory (issue 18): API keys by prefix and each grant's current access token, so a
// request that hits both answers without a database round trip. Pure and clock-injected (unit tested);
// shared-cache.ts holds the process's one instance and keeps it exact across instances.
//
// Exactness rests on two rules:
// - every write that changes what an entry holds evicts it (evict-token-cache.ts), and
// - a reader fills the cache only with what it read AFTER the last eviction of that entry: it takes a
//   `mark()` before its database read and `put…(…, mark)` is refused if an eviction (of that key,
//   grant or workspace, or a flush) happened since. So a read that raced a write never re-fills the
//   cache with the old row.
// Entries also expire on their own (a key after KEY_TTL_MS or at its own expiry, a token at the time
// the database path would stop serving it), so a lost eviction cannot keep anything alive for long.
import type { AccessTokenResult } from "@/lib/grants/access-token-result";

export const KEY_TTL_MS = 60_000;
const MAX_KEYS = 10_000;
const MAX_TOKENS = 50_000;
// Past this many remembered evictions, any read that started before the oldest is refused instead.
const MAX_TOMBSTONES = 10_000;

export type CachedKey = {
  keyId: string;
  /** sha256 hex of the whole key, as stored: the presented key is compared with it on every hit. */
  hash: string;
  grantIds: string[];
  expiresAt: Date | null;
  workspace: { id: string; slug: string; name: string };
};

export type CachedToken = { workspaceId: string; result: Extract<AccessTokenResult, { ok: true }> };

/** What a write changed: evicts these keys and grants, and everything of these workspaces. */
export type Eviction = { keyIds?: string[]; grantIds?: string[]; workspaceIds?: string[] };

type Entry<T> = { value: T; until: number };

export class TokenCache {
  private seq = 0;
  /** Reads marked before this are refused: a flush, or forgotten tombstones. */
  private floor = 0;
  private tombstones = new Map<string, number>();
  private keys = new Map<string, Entry<CachedKey>>();
  private tokens = new Map<string, Entry<CachedToken>>();
  private waiters = new Map<string, Set<() => void>>();
  /** Off while the cache cannot learn of other instances' writes (PostgreSQL, LISTEN connection down). */
  enabled: boolean;

  constructor(
    private readonly now: () => number = Date.now,
    enabled = true,
  ) {
    this.enabled = enabled;
  }

  /** Taken before a database read whose result may be put in the cache. */
  mark(): number {
    return this.seq;
  }

  getKey(prefix: string): CachedKey | null {
    if (!this.enabled) return null;
    return live(this.keys, prefix, this.now());
  }

  putKey(prefix: string, value: CachedKey, mark: number): boolean {
    if (!this.accepts(mark, [`k:${value.keyId}`, `w:${value.workspace.id}`])) return false;
    const now = this.now();
    const until = Math.min(now + KEY_TTL_MS, value.expiresAt?.getTime() ?? Infinity);
    if (until <= now) return false;
    if (this.keys.size >= MAX_KEYS) this.keys.clear();
    this.keys.set(prefix, { value, until });
    return true;
  }

  getToken(grantId: string): CachedToken | null {
    if (!this.enabled) return null;
    return live(this.tokens, grantId, this.now());
  }

  /** `serveUntil`: when the database path would stop serving this token (its expiry minus the safety margin). */
  putToken(grantId: string, value: CachedToken, serveUntil: number, mark: number): boolean {
    if (!this.accepts(mark, [`g:${grantId}`, `w:${value.workspaceId}`])) return false;
    if (serveUntil <= this.now()) return false;
    if (this.tokens.size >= MAX_TOKENS) this.tokens.clear();
    this.tokens.set(grantId, { value, until: serveUntil });
    this.wake(grantId);
    return true;
  }

  evict({ keyIds = [], grantIds = [], workspaceIds = [] }: Eviction): void {
    const seq = ++this.seq;
    if (this.tombstones.size + keyIds.length + grantIds.length + workspaceIds.length > MAX_TOMBSTONES) {
      this.tombstones.clear();
      this.floor = seq;
    }
    for (const id of keyIds) this.tombstones.set(`k:${id}`, seq);
    for (const id of grantIds) this.tombstones.set(`g:${id}`, seq);
    for (const id of workspaceIds) this.tombstones.set(`w:${id}`, seq);
    const keySet = new Set(keyIds);
    const workspaceSet = new Set(workspaceIds);
    if (keySet.size || workspaceSet.size)
      for (const [prefix, { value }] of this.keys)
        if (keySet.has(value.keyId) || workspaceSet.has(value.workspace.id)) this.keys.delete(prefix);
    for (const id of grantIds) this.tokens.delete(id);
    if (workspaceSet.size) for (const [id, { value }] of this.tokens) if (workspaceSet.has(value.workspaceId)) this.tokens.delete(id);
    for (const id of grantIds) this.wake(id);
    if (workspaceSet.size) for (const id of [...this.waiters.keys()]) this.wake(id);
  }

  /** Forgets everything, and refuses every read that started before now. */
  flush(): void {
    this.floor = ++this.seq;
    this.tombstones.clear();
    this.keys.clear();
    this.tokens.clear();
    for (const id of [...this.waiters.keys()]) this.wake(id);
  }

  /** Resolves when the grant is next evicted (its refresh landed, elsewhere too), or after `ms`. */
  changeOf(grantId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiters.get(grantId) ?? new Set();
      this.waiters.set(grantId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (!set.size && this.waiters.get(grantId) === set) this.waiters.delete(grantId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      set.add(done);
    });
  }

  get size() {
    return { keys: this.keys.size, tokens: this.tokens.size };
  }

  private wake(grantId: string) {
    for (const done of [...(this.waiters.get(grantId) ?? [])]) done();
  }

  private accepts(mark: number, ids: string[]): boolean {
    if (!this.enabled || mark < this.floor) return false;
    return ids.every((id) => (this.tombstones.get(id) ?? 0) <= mark);
  }
}

function live<T>(map: Map<string, Entry<T>>, id: string, now: number): T | null {
  const entry = map.get(id);
  if (!entry) return null;
  if (entry.until > now) return entry.value;
  map.delete(id);
  return null;
}
