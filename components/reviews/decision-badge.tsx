import { Badge } from "@/components/badge";

/** keep / revoke / undecided, and for a finished review what revoking did. */
export function DecisionBadge({ decision, revokeOk }: { decision: "KEEP" | "REVOKE" | null; revokeOk?: boolean | null }) {
  if (decision === "KEEP") return <Badge tone="green">keep</Badge>;
  if (decision === "REVOKE") {
    if (revokeOk === true) return <Badge tone="red">revoked</Badge>;
    if (revokeOk === false) return <Badge tone="amber">revoke failed</Badge>;
    return <Badge tone="red">revoke</Badge>;
  }
  return <Badge>undecided</Badge>;
}
