"use client";
import Link from "next/link";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { LastUsed } from "@/components/grants/last-used";
import { OrgWideBadge } from "@/components/grants/org-wide-badge";
import { RelativeTime } from "@/components/relative-time";
import { roles, stack } from "@/components/stack-table";
import type { GrantListItem } from "@/lib/grants/list-grant-page";

const COLUMNS = ["Client", "Zoho user", "Location", "Accounts server · API domain", "Scopes", "Refresh token", "Created", "Last used"];

/** A grant as listed, its creator and last use's source named by the page (not their ids). */
export type GrantTableRow = Omit<GrantListItem, "createdById" | "lastUsedVia"> & { creator: string; via: string | undefined };

/**
 * A page of grants as a table (stacked cards on a phone). A client component: its rows travel to the browser as
 * their data, not as the rendered tree of each cell; rendered on the server, the RSC payload of 50 rows was
 * 150 KB beside their 105 KB of HTML.
 */
export function GrantTable({ slug, rows }: { slug: string; rows: GrantTableRow[] }) {
  return (
    <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className={stack.table} {...roles.table} aria-label="Grants">
        <thead className={`border-b border-zinc-200 text-xs uppercase text-muted dark:border-zinc-800 ${stack.thead}`} {...roles.rowgroup}>
          <tr {...roles.row}>
            {COLUMNS.map((h) => (
              <th key={h} scope="col" className="px-3 py-2 font-medium" {...roles.columnheader}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className={stack.tbody} {...roles.rowgroup}>
          {rows.map((g) => (
            <tr
              key={g.id}
              className={`border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800 ${stack.row}`}
              data-testid="grant-row"
              {...roles.row}
            >
              <td className={stack.cell} {...roles.cell}>
                <Link href={`/w/${slug}/grants/${g.id}`} className="font-medium text-indigo-600 hover:underline dark:text-indigo-400">
                  {g.label || g.client.name}
                </Link>
                {g.label && <div className="text-xs text-muted">{g.client.name}</div>}
                <div className="mt-1 flex flex-wrap gap-1">
                  <EnvironmentBadge environment={g.client.environment} />
                  <Badge tone={g.status === "ACTIVE" ? "green" : "red"}>{g.status.toLowerCase()}</Badge>
                  {g.orgWide && <OrgWideBadge />}
                </div>
              </td>
              <td className={`${stack.cell} break-words`} data-label={COLUMNS[1]} {...roles.cell}>
                {g.zohoUserEmail ?? (
                  <span className="text-muted" title="Add AaaServer.profile.READ to the scopes to see who granted">
                    unknown
                  </span>
                )}
                {g.orgWide && <div className="text-xs text-muted">admin, for the organization</div>}
              </td>
              <td className={stack.cell} data-testid="grant-location" data-label={COLUMNS[2]} {...roles.cell}>
                <Badge tone="indigo">{g.location}</Badge>
              </td>
              <td
                className={`max-w-56 font-mono text-xs break-words max-sm:max-w-none ${stack.cell}`}
                data-label={COLUMNS[3]}
                {...roles.cell}
              >
                <div title="Accounts server: refresh and revoke here">{g.accountsServer}</div>
                <div className="text-muted" title="API domain: call Zoho's APIs here">
                  {g.apiDomain}
                </div>
              </td>
              <td className={`max-w-64 max-sm:max-w-none ${stack.cell}`} data-label={COLUMNS[4]} {...roles.cell}>
                <div className="flex flex-wrap gap-1 break-all">
                  {g.scopes.map((s) => (
                    <Badge key={s}>{s}</Badge>
                  ))}
                </div>
              </td>
              <td className={`font-mono text-xs ${stack.cell}`} data-label={COLUMNS[5]} {...roles.cell}>
                {g.refreshLast4 ? `••••${g.refreshLast4}` : <span className="text-muted">none (online)</span>}
              </td>
              <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[6]} {...roles.cell}>
                <RelativeTime date={g.createdAt} />
                <div className="text-muted">by {g.creator}</div>
              </td>
              <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[7]} data-testid="grant-last-used" {...roles.cell}>
                <LastUsed at={g.lastUsedAt} via={g.via} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
