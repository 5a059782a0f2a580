import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@/components/action-button";
import { ExportLink } from "@/components/export-link";
import { buttonClass } from "@/components/button-class";
import { EmptyState } from "@/components/empty-state";
import { inputClass } from "@/components/field";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { verifyAuditChainAction } from "@/lib/audit/actions";
import { AUDIT_ACTIONS, AUDIT_LABELS, type AuditAction } from "@/lib/audit/audit-actions";
import { auditFilterSchema } from "@/lib/audit/audit-filter";
import { listAuditActors } from "@/lib/audit/list-audit-actors";
import { listAuditEvents } from "@/lib/audit/list-audit-events";
import { summariseAuditData } from "@/lib/audit/summarise-audit-data";
import { memberContext } from "@/lib/auth/member-context";

export const metadata: Metadata = { title: "Audit" };

export default async function AuditPage({
  params,
  searchParams,
}: {
  params: Promise<{ slug: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "audit:read");
  const { workspace } = ctx;
  const filter = auditFilterSchema.parse(await searchParams);
  const [{ rows, nextBefore }, { people: members, keyNames }] = await Promise.all([listAuditEvents(ctx, { filter }), listAuditActors(ctx)]);
  const people = new Map(members.map((m) => [m.id, m.email]));
  // Who acted: a member, an API key (its use, or a refresh it triggered), or the console itself.
  const actorOf = (e: (typeof rows)[number]) => {
    if (e.actorId) return people.get(e.actorId) ?? "a former member";
    const keyId = e.action === "apikey.used" ? e.targetId : /^api:(.+)$/.exec(String(e.data.trigger ?? ""))?.[1];
    return keyId ? `API key ${keyNames.get(keyId) ?? keyId.slice(-6)}` : "system";
  };
  const base = `/w/${workspace.slug}/audit`;
  const query = (extra: Record<string, string | number | undefined>) =>
    new URLSearchParams(
      Object.entries({ ...filter, before: undefined, ...extra })
        .filter(([, v]) => v !== undefined && v !== "")
        .map(([k, v]) => [k, String(v)]),
    ).toString();
  const select =
    "max-w-[calc(100vw-2rem)] rounded-md border border-zinc-300 bg-white px-2 py-2 text-sm dark:border-zinc-700 dark:bg-zinc-900";
  return (
    <>
      <PageHeader
        title="Audit trail"
        description="Who did what, when, from where. Append-only; each event is chained to the one before it by its hash."
        actions={
          <div className="flex flex-wrap gap-2">
            <ActionButton
              name="verify-audit"
              action={verifyAuditChainAction.bind(null, workspace.slug)}
              label="Verify chain"
              pendingText="Verifying…"
              showResult
            />
            <ExportLink href={`${base}/export?${query({ format: "csv" })}`} label="Export CSV" noun="event" />
            <ExportLink href={`${base}/export?${query({ format: "json" })}`} label="Export JSON" noun="event" />
          </div>
        }
      />
      <form className="mb-4 flex flex-wrap items-end gap-2" role="search">
        <label className="text-sm">
          <span className="sr-only">Actor</span>
          <select name="actor" defaultValue={filter.actor ?? ""} className={select}>
            <option value="">Everyone</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.email}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="sr-only">Action</span>
          <select name="action" defaultValue={filter.action ?? ""} className={select}>
            <option value="">All actions</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {AUDIT_LABELS[a]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="sr-only">Client or grant id</span>
          <input name="target" defaultValue={filter.target} placeholder="Client or grant id" className={`${inputClass} w-56 font-mono`} />
        </label>
        <label className="text-sm">
          <span className="sr-only">Search the summaries</span>
          <input type="search" name="q" defaultValue={filter.q} placeholder="Search: words or prefixes" className={`${inputClass} w-56`} />
        </label>
        <label className="text-sm">
          From <input type="date" name="from" defaultValue={filter.from} className={select} />
        </label>
        <label className="text-sm">
          To <input type="date" name="to" defaultValue={filter.to} className={select} />
        </label>
        <button className={buttonClass("secondary")}>Filter</button>
      </form>
      {rows.length === 0 ? (
        <EmptyState title="No events match">Events appear as people register clients, authorize, refresh and revoke grants.</EmptyState>
      ) : (
        <div
          tabIndex={0}
          role="region"
          aria-label="Audit events (scrolls sideways)"
          className="overflow-x-auto rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900"
        >
          <table className="w-full text-left text-sm">
            <thead className="border-b border-zinc-200 text-xs uppercase text-muted dark:border-zinc-800">
              <tr>
                {["#", "When", "Who", "What", "Target", "Details", "From"].map((h) => (
                  <th key={h} scope="col" className="px-3 py-2 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((e) => (
                <tr
                  key={e.id}
                  className="border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800"
                  data-testid="audit-row"
                  data-action={e.action}
                >
                  <td className="px-3 py-2 font-mono text-xs text-muted">{e.seq}</td>
                  <td className="px-3 py-2 text-xs">
                    <RelativeTime date={e.createdAt} />
                  </td>
                  <td className="px-3 py-2 text-xs">{actorOf(e)}</td>
                  <td className="px-3 py-2">{AUDIT_LABELS[e.action as AuditAction] ?? e.action}</td>
                  <td className="px-3 py-2 font-mono text-xs">
                    {e.targetId ? (
                      <Link className="text-indigo-600 dark:text-indigo-400" href={`${base}?target=${e.targetId}`}>
                        {e.targetType} {e.targetId.slice(-6)}
                      </Link>
                    ) : (
                      e.targetType
                    )}
                  </td>
                  <td className="max-w-md min-w-48 px-3 py-2 text-xs break-words text-muted">{summariseAuditData(e.data)}</td>
                  <td className="px-3 py-2 text-xs text-muted" title={e.userAgent ?? ""}>
                    {e.ip ?? "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {nextBefore && (
        <div className="mt-4">
          <Link className={buttonClass("secondary")} href={`${base}?${query({ before: nextBefore })}`} rel="next">
            Older events
          </Link>
        </div>
      )}
    </>
  );
}
