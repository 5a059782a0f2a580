import { Badge } from "@/components/badge";
import { RelativeTime } from "@/components/relative-time";

type Row = { id: string; receivedAt: Date; outcome: string; location: string | null };

// Callbacks with no state or a state this console never minted: they reach no workspace, so only admins
// see them, and only when, how and where (lib/callbacks/list-unattributed-callbacks.ts says why).
export function UnattributedCallbacks({ rows }: { rows: Row[] }) {
  if (rows.length === 0) return null;
  return (
    <details
      data-testid="unattributed-callbacks"
      className="mb-6 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <summary className="cursor-pointer text-sm font-semibold">
        Callbacks that reached no workspace: {rows.length} (missing or unknown state, admins only)
      </summary>
      <p className="mt-2 text-sm text-muted">
        Console-wide, on /oauth/callback, in the last 7 days: a redirect without a state, or with one this console never started (a URL
        built elsewhere, a copied URL opened twice after its state was spent elsewhere, a bookmark). Nothing in them names a workspace.
      </p>
      <ul className="mt-3 divide-y divide-zinc-200 dark:divide-zinc-800">
        {rows.map((c) => (
          <li
            key={c.id}
            data-testid="unattributed-callback"
            data-outcome={c.outcome}
            className="flex flex-wrap items-center gap-2 py-2 text-sm"
          >
            <Badge tone="red">{c.outcome.replaceAll("_", " ")}</Badge>
            {c.location && <Badge tone="indigo">{c.location}</Badge>}
            <span className="ml-auto text-xs text-muted">
              <RelativeTime date={c.receivedAt} />
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
