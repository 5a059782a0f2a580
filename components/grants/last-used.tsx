import { RelativeTime } from "@/components/relative-time";

/** When a grant last served an access token and through what, or that it never has (since tracking began). */
export function LastUsed({ at, via }: { at: Date | null; via: string | undefined }) {
  if (!at) return <span className="text-muted">never</span>;
  return (
    <>
      <RelativeTime date={at} />
      {via && <div className="text-muted">{`via ${via}`}</div>}
    </>
  );
}
