import { PageSkeleton } from "@/components/skeleton";

// Shown at once while your account loads (issue 14: navigation gives feedback at once).
export default function Loading() {
  return <PageSkeleton shape="detail" rows={3} />;
}
