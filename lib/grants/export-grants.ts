import "server-only";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { actorId, allow, type Ctx } from "@/lib/auth/context";
import { db } from "@/lib/db";
import { csvCell } from "@/lib/http/csv-cell";
import type { GrantSelection } from "./grant-selection";
import { grantFilterWhere } from "./list-grant-page";

export type GrantExportFormat = "csv" | "json";

const BATCH = 5000;
// Metadata only: never a token, a ciphertext or a secret (the last 4 characters of the refresh token, as the pages show).
const select = {
  id: true,
  label: true,
  clientId: true,
  status: true,
  location: true,
  zohoUserEmail: true,
  zohoUserId: true,
  orgWide: true,
  scopes: true,
  accountsServer: true,
  apiDomain: true,
  refreshLast4: true,
  createdAt: true,
  createdById: true,
  lastRefreshAt: true,
  lastUsedAt: true,
  lastUsedVia: true,
  revokedAt: true,
} as const;
type Row = Awaited<ReturnType<typeof db.grant.findMany<{ select: typeof select }>>>[number];
type Client = { name: string; environment: string };

const record = (g: Row, client: Client | undefined) => ({
  id: g.id,
  label: g.label,
  client_id: g.clientId,
  client: client?.name ?? "",
  environment: client?.environment ?? "",
  status: g.status,
  location: g.location,
  zoho_user_email: g.zohoUserEmail,
  zoho_user_id: g.zohoUserId,
  org_wide: g.orgWide,
  scopes: g.scopes.join(" "),
  accounts_server: g.accountsServer,
  api_domain: g.apiDomain,
  refresh_token_last4: g.refreshLast4,
  created_at: g.createdAt,
  created_by: g.createdById,
  last_refresh_at: g.lastRefreshAt,
  last_used_at: g.lastUsedAt,
  last_used_via: g.lastUsedVia,
  revoked_at: g.revokedAt,
});
const COLUMNS = [
  "id",
  "label",
  "client_id",
  "client",
  "environment",
  "status",
  "location",
  "zoho_user_email",
  "zoho_user_id",
  "org_wide",
  "scopes",
  "accounts_server",
  "api_domain",
  "refresh_token_last4",
  "created_at",
  "created_by",
  "last_refresh_at",
  "last_used_at",
  "last_used_via",
  "revoked_at",
] as const satisfies readonly (keyof ReturnType<typeof record>)[];

/**
 * Exactly the grants the Grants page's filters select (its sort and page aside), streamed as CSV or
 * JSON — one grant per line in both, so the download link can show progress (components/export-link.tsx)
 * — and how many there are. The export is audited first, with its filter and count.
 */
export async function exportGrants(ctx: Ctx, { format, selection }: { format: GrantExportFormat; selection: GrantSelection }) {
  allow(ctx, "grants:read");
  const where = await grantFilterWhere(ctx, selection);
  const total = await db.$transaction(async (tx) => {
    const n = await tx.grant.count({ where });
    await recordAuditEvent(tx, {
      workspaceId: ctx.workspace.id,
      actorId: actorId(ctx),
      action: "grants.exported",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      data: { format, filter: JSON.stringify(selection), count: n },
      ...ctx.meta,
    });
    return n;
  });
  // The workspace's clients once (10,000 at most in practice), rather than a join in every batch.
  const clients = new Map<string, Client>(
    (await db.oAuthClient.findMany({ where: { workspaceId: ctx.workspace.id }, select: { id: true, name: true, environment: true } })).map(
      (c) => [c.id, c],
    ),
  );
  const encoder = new TextEncoder();
  // In batches on the id: memory stays flat at 100,000 grants.
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(encoder.encode(format === "csv" ? `${COLUMNS.join(",")}\n` : "[\n"));
      let cursor: string | undefined;
      let first = true;
      for (;;) {
        const rows = await db.grant.findMany({
          where,
          orderBy: { id: "asc" },
          ...(cursor && { cursor: { id: cursor }, skip: 1 }),
          take: BATCH,
          select,
        });
        let chunk = "";
        for (const row of rows) {
          const r = record(row, clients.get(row.clientId));
          chunk += format === "csv" ? `${COLUMNS.map((c) => csvCell(r[c])).join(",")}\n` : `${first ? "" : ",\n"}${JSON.stringify(r)}`;
          first = false;
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (rows.length < BATCH) break;
        cursor = rows[rows.length - 1].id;
      }
      if (format === "json") controller.enqueue(encoder.encode("\n]\n"));
      controller.close();
    },
  });
  return { total, body };
}
