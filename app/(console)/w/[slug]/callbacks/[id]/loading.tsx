import { PageSkeleton } from "@/components/skeleton";

// Shown at once while a callback loads (issue 14: navigation gives feedback at once).
export default function Loading() {
  return <PageSkeleton shape="detail" rows={6} />;
}
