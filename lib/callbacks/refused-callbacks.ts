// Callbacks the rate limit refused, counted in this process until the upkeep saves them (one row per
// workspace and window, save-refused-callbacks.ts). Bounded whatever arrives: at most MAX_PATHS
// callback paths and MAX_SOURCES addresses per path are told apart; the rest are still counted.
const MAX_PATHS = 500;
const MAX_SOURCES = 10;
const OTHER = "other addresses";

/** Per callback path: the client key, or "" for the shared /oauth/callback and paths beyond MAX_PATHS. */
export type RefusedCounts = Map<string, { count: number; sources: Map<string, number> }>;

// On globalThis: the route handlers and the upkeep (instrumentation) may load this module separately.
const g = globalThis as unknown as { refusedCallbacks?: RefusedCounts };
const counts = (): RefusedCounts => (g.refusedCallbacks ??= new Map());

export function countRefusedCallback(clientKey: string | null, ip: string, n = 1) {
  const all = counts();
  const path = clientKey && (all.has(clientKey) || all.size < MAX_PATHS) ? clientKey : "";
  let entry = all.get(path);
  if (!entry) all.set(path, (entry = { count: 0, sources: new Map() }));
  entry.count += n;
  const source = entry.sources.has(ip) || entry.sources.size < MAX_SOURCES ? ip : OTHER;
  entry.sources.set(source, (entry.sources.get(source) ?? 0) + n);
}

/** Hands over what was counted since the last call and starts again from zero. */
export function takeRefusedCallbacks(): RefusedCounts {
  const taken = counts();
  g.refusedCallbacks = new Map();
  return taken;
}

/** Puts counts back (their save failed): the next save tries again. */
export function restoreRefusedCallbacks(taken: RefusedCounts) {
  for (const [path, { sources }] of taken) for (const [ip, n] of sources) countRefusedCallback(path || null, ip, n);
}
