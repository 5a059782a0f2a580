import { Badge } from "@/components/badge";

// Marks a grant from org-wide admin consent (/oauth/v2/org/auth) wherever grants are listed.
export function OrgWideBadge() {
  return (
    <span data-testid="org-wide" title="Org-wide admin consent: the organization's grant, not a user's">
      <Badge tone="amber">org-wide</Badge>
    </span>
  );
}
