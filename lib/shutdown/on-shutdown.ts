// The process's shutdown registry, on globalThis: scripts/serve.mjs (plain Node, outside the Next.js
// bundle) creates it before the app loads, flips `shuttingDown` on SIGTERM, drains the HTTP server,
// then runs the hooks in `order` (lower first), each bounded. Next.js may load this module more than
// once, so the state lives on globalThis, never in a module variable.
export type ShutdownHook = { name: string; order: number; run: () => unknown };
export type ShutdownState = { shuttingDown: boolean; hooks: ShutdownHook[] };

/** Hook orders: give leases back first, then last writes, the database last of all. */
export const SHUTDOWN_ORDER = { leases: 10, usage: 20, listeners: 30, database: 90 } as const;

const g = globalThis as unknown as { consoleShutdown?: ShutdownState };

export function shutdownState(): ShutdownState {
  return (g.consoleShutdown ??= { shuttingDown: false, hooks: [] });
}

export const isShuttingDown = () => shutdownState().shuttingDown;

/** Runs `run` once on a clean shutdown (SIGTERM / SIGINT), after in-flight requests ended or timed out. */
export function onShutdown(name: string, order: number, run: () => unknown): void {
  const { hooks } = shutdownState();
  if (!hooks.some((hook) => hook.name === name)) hooks.push({ name, order, run });
}
