import { csvCell } from "@/lib/http/csv-cell";

// The report's CSV: one line per grant of the review — what the reviewer saw, the decision, who made it
// and when, the evidence of use, and what revoking it did. Metadata only.
export const REVIEW_CSV_COLUMNS = [
  "position",
  "grant_id",
  "client",
  "environment",
  "label",
  "zoho_user",
  "location",
  "scopes",
  "status_at_start",
  "org_wide",
  "refresh_token_last4",
  "grant_created_at",
  "last_refresh_at",
  "last_used_at",
  "decision",
  "note",
  "decided_by",
  "decided_at",
  "revoke_ok",
  "revoke_result",
  "revoke_at",
] as const;

export type ReviewCsvItem = {
  position: number;
  grantId: string;
  clientName: string;
  environment: string;
  label: string;
  zohoUserEmail: string | null;
  location: string;
  scopes: string[];
  status: string;
  orgWide: boolean;
  refreshLast4: string | null;
  grantCreatedAt: Date;
  lastRefreshAt: Date | null;
  lastUsedAt: Date | null;
  decision: string | null;
  note: string;
  decidedBy: string | null;
  decidedAt: Date | null;
  revokeOk: boolean | null;
  revokeResult: string | null;
  revokeAt: Date | null;
};

export function reviewCsvLine(i: ReviewCsvItem): string {
  return [
    i.position,
    i.grantId,
    i.clientName,
    i.environment.toLowerCase(),
    i.label,
    i.zohoUserEmail,
    i.location,
    i.scopes.join(" "),
    i.status.toLowerCase(),
    i.orgWide,
    i.refreshLast4,
    i.grantCreatedAt,
    i.lastRefreshAt,
    i.lastUsedAt,
    i.decision ? i.decision.toLowerCase() : "not reviewed",
    i.note,
    i.decidedBy,
    i.decidedAt,
    i.revokeOk,
    i.revokeResult,
    i.revokeAt,
  ]
    .map(csvCell)
    .join(",");
}
