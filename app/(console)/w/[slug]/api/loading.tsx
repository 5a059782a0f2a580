import { PageSkeleton } from "@/components/skeleton";

// Shown at once while this page loads (issue 14: navigation gives feedback at once).
export default function Loading() {
  return <PageSkeleton shape="cards" rows={2} />;
}
