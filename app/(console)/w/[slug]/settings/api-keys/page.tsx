import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { ActionButton } from "@/components/action-button";
import { Badge } from "@/components/badge";
import { buttonClass } from "@/components/button-class";
import { EmptyState } from "@/components/empty-state";
import { roles, stack } from "@/components/stack-table";
import { PageHeader } from "@/components/page-header";
import { RelativeTime } from "@/components/relative-time";
import { createApiKeyAction, revokeApiKeyAction } from "@/lib/api-keys/actions";
import { listApiKeys, type ApiKeyStatus } from "@/lib/api-keys/list-api-keys";
import { memberContext } from "@/lib/auth/member-context";
import { appOrigin } from "@/lib/config/app-origin";
import { listGrants } from "@/lib/grants/list-grants";
import { ApiKeyForm, type GrantChoice } from "./api-key-form";

export const metadata: Metadata = { title: "API keys" };

const STATUS_TONE: Record<ApiKeyStatus, "green" | "amber" | "red"> = { active: "green", expired: "amber", revoked: "red" };
const muted = <span className="text-muted">never</span>;
const COLUMNS = ["Name", "Key", "Scope", "Created", "Expires", "Last used", "Status", "Actions"];

export default async function ApiKeysPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const ctx = await memberContext(slug, "apikeys:manage");
  const { workspace } = ctx;
  const [keys, grants, h] = await Promise.all([listApiKeys(ctx), listGrants(ctx), headers()]);
  const choices: GrantChoice[] = grants
    .filter((g) => g.status === "ACTIVE")
    .map((g) => ({
      id: g.id,
      title: g.label || g.client.name,
      detail: `${g.zohoUserEmail ?? "unknown user"} · ${g.location}${g.label ? ` · ${g.client.name}` : ""}`,
    }));
  const grantTitles = new Map(grants.map((g) => [g.id, g.label || `${g.client.name} (${g.zohoUserEmail ?? g.location})`]));
  const base = `/w/${workspace.slug}`;
  const curl = `curl -H "Authorization: Bearer zoc_…" ${appOrigin({ headers: h })}/api/v1/grants`;
  return (
    <>
      <PageHeader
        title="API keys"
        description="Keys let your team's services list grants and fetch fresh access tokens from the console, without a person signing in. Only a hash of each key is stored."
        actions={
          <Link href={`${base}/api`} className={buttonClass("secondary")}>
            API reference
          </Link>
        }
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        {keys.length === 0 ? (
          <EmptyState
            title="No API keys yet"
            action={
              <pre className="rounded-md bg-zinc-100 p-3 text-left font-mono text-xs break-all whitespace-pre-wrap dark:bg-zinc-800">
                {curl}
              </pre>
            }
          >
            A key is for a service, not a person: a worker that needs a Zoho access token asks the console for one, and the console
            refreshes it with the stored refresh token. Create a key, then call the API with it:
          </EmptyState>
        ) : (
          <div className="self-start rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
            <table className={stack.table} {...roles.table} aria-label="API keys">
              <thead
                className={`border-b border-zinc-200 text-xs uppercase text-muted dark:border-zinc-800 ${stack.thead}`}
                {...roles.rowgroup}
              >
                <tr {...roles.row}>
                  {COLUMNS.map((t, i) => (
                    <th key={t} scope="col" className="px-3 py-2 font-medium" {...roles.columnheader}>
                      {/* The last column holds the Revoke button: named for screen readers, blank on screen. */}
                      {i === COLUMNS.length - 1 ? <span className="sr-only">{t}</span> : t}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody className={stack.tbody} {...roles.rowgroup}>
                {keys.map((k) => (
                  <tr
                    key={k.id}
                    className={`border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800 ${stack.row}`}
                    data-testid="api-key-row"
                    data-prefix={k.prefix}
                    {...roles.row}
                  >
                    <td className={`font-medium break-words ${stack.cell}`} {...roles.cell}>
                      {k.name}
                    </td>
                    <td className={`font-mono text-xs whitespace-nowrap ${stack.cell}`} data-label={COLUMNS[1]} {...roles.cell}>
                      {`zoc_${k.prefix}_…`}
                    </td>
                    <td
                      className={`text-xs ${stack.cell}`}
                      title={k.grantIds.map((id) => grantTitles.get(id) ?? "a deleted grant").join("\n") || undefined}
                      data-label={COLUMNS[2]}
                      {...roles.cell}
                    >
                      {k.grantIds.length === 0 ? "all grants" : `${k.grantIds.length} grant${k.grantIds.length === 1 ? "" : "s"}`}
                    </td>
                    <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[3]} {...roles.cell}>
                      <RelativeTime date={k.createdAt} />
                      <div className="text-muted">by {k.createdBy ?? "a former member"}</div>
                    </td>
                    <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[4]} {...roles.cell}>
                      {k.expiresAt ? <RelativeTime date={k.expiresAt} /> : muted}
                    </td>
                    <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[5]} {...roles.cell}>
                      {k.lastUsedAt ? <RelativeTime date={k.lastUsedAt} /> : muted}
                    </td>
                    <td className={stack.cell} data-label={COLUMNS[6]} {...roles.cell}>
                      <Badge tone={STATUS_TONE[k.status]}>{k.status}</Badge>
                    </td>
                    <td className={stack.cell} {...roles.cell}>
                      {k.status === "active" && (
                        <ActionButton
                          name="revoke-api-key"
                          action={revokeApiKeyAction.bind(null, workspace.slug, k.id)}
                          label="Revoke"
                          pendingText="Revoking…"
                          variant="secondary"
                          confirmText={`Revoke “${k.name}”? Services using it get 401 at once.`}
                        />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <ApiKeyForm action={createApiKeyAction.bind(null, workspace.slug)} grants={choices} />
      </div>
    </>
  );
}
