import { PageSkeleton } from "@/components/skeleton";

// Shown at once while an endpoint and its deliveries load (issue 14: navigation gives feedback at once).
export default function Loading() {
  return <PageSkeleton shape="detail" rows={4} />;
}
