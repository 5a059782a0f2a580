import { RelativeTime } from "@/components/relative-time";

// The evidence of use a reviewer decides on: when the grant was last used (once the console records it),
// its last refresh at Zoho, and when it was created — as frozen when the review started.
export function UsageEvidence({ item }: { item: { lastUsedAt: Date | null; lastRefreshAt: Date | null; grantCreatedAt: Date } }) {
  return (
    <dl className="space-y-0.5">
      {item.lastUsedAt && (
        <div>
          <dt className="inline text-muted">Last used </dt>
          <dd className="inline">
            <RelativeTime date={item.lastUsedAt} />
          </dd>
        </div>
      )}
      <div>
        <dt className="inline text-muted">Last refresh </dt>
        <dd className="inline">{item.lastRefreshAt ? <RelativeTime date={item.lastRefreshAt} /> : "never"}</dd>
      </div>
      <div>
        <dt className="inline text-muted">Created </dt>
        <dd className="inline">
          <RelativeTime date={item.grantCreatedAt} />
        </dd>
      </div>
    </dl>
  );
}
