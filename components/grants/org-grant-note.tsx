import { Card } from "@/components/card";
import { ORG_GRANT_EXPLANATION } from "@/lib/zoho/org-consent";

// The grant page's explanation of an org-wide grant, in place of the per-user refresh-token budget.
export function OrgGrantNote({ consentedBy }: { consentedBy: string | null }) {
  return (
    <div data-testid="org-grant-note">
      <Card className="space-y-2">
        <h2 className="text-sm font-semibold">Org-wide grant</h2>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{ORG_GRANT_EXPLANATION}</p>
        <p className="text-sm text-muted">
          Consented by {consentedBy ?? "an administrator (unknown: add AaaServer.profile.READ to see who)"}. Revoke it here or in
          Zoho&apos;s admin console; a new admin consent gives a new grant.
        </p>
      </Card>
    </div>
  );
}
