import { PageSkeleton } from "@/components/skeleton";

// Shown at once while the audit trail loads (issue 14: navigation gives feedback at once).
export default function Loading() {
  return <PageSkeleton shape="list" rows={8} />;
}
