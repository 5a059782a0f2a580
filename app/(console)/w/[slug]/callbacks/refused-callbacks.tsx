// What the callback rate limit refused in the last hour: counted, never recorded one by one, so it
// shows here as numbers instead of rows in the list below.
export function RefusedCallbacks({ workspace, top, shared }: { workspace: number; top: string[]; shared: number }) {
  if (!workspace && !shared) return null;
  const n = (count: number) => `${count.toLocaleString("en")} callback${count === 1 ? " was" : "s were"}`;
  const from = top.length ? ` (most from ${top.join(", ")})` : "";
  return (
    <div
      role="status"
      className="mb-4 space-y-1 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200"
    >
      {workspace > 0 && (
        <p data-testid="refused-callbacks" data-count={workspace}>
          {`${n(workspace)} refused by the rate limit in the last hour on this workspace's client callback paths${from}. They were answered 429 and not recorded.`}
        </p>
      )}
      {shared > 0 && (
        <p data-testid="refused-callbacks-shared" data-count={shared}>
          {`Console-wide, ${n(shared)} refused by the rate limit in the last hour on /oauth/callback or unknown callback paths (they name no workspace until read, so they are not recorded).`}
        </p>
      )}
    </div>
  );
}
