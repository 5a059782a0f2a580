import type { Metadata } from "next";
import { ActionButton } from "@/components/action-button";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { roles, stack } from "@/components/stack-table";
import { PageHeader } from "@/components/page-header";
import { memberContext } from "@/lib/auth/member-context";
import { env } from "@/lib/config/env";
import { addDataCentreAction, refreshDataCentresAction, setDataCentreEnabledAction } from "@/lib/data-centres/actions";
import { dataCentres } from "@/lib/data-centres/current-data-centres";
import { loadDataCentres } from "@/lib/data-centres/load-data-centres";
import { AddDataCentreForm } from "./add-data-centre-form";

export const metadata: Metadata = { title: "Data centres" };

const COLUMNS = ["Location", "Accounts server", "API domain", "From", "Status", "Actions"];

const SOURCE: Record<string, string> = {
  seed: "built in",
  serverinfo: "Zoho's serverinfo",
  sandbox: "sandbox's serverinfo",
  admin: "added by an admin",
};

export default async function DataCentresPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { workspace } = await memberContext(slug, "datacentres:manage");
  await loadDataCentres();
  const rows = dataCentres();
  return (
    <>
      <PageHeader
        title="Data centres"
        description="Zoho's data centres as this console knows them, for every workspace: the pickers, the builder, the filters and the accounts servers a client secret may be sent to all read this table. Every change is recorded in every workspace's audit trail."
      />
      <div className="space-y-6">
        <Card>
          <h2 className="text-sm font-semibold">Refresh from serverinfo</h2>
          <p className="mt-1 text-sm text-muted">
            Reads <code className="font-mono break-all">https://accounts.zoho.com/oauth/serverinfo</code> and adds the data centres Zoho
            lists that the table lacks. Nothing is removed. Needs internet access from this server; set{" "}
            <code className="font-mono break-all">REFRESH_DATA_CENTRES_AT_START=1</code> to do it at every start.
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <ActionButton
              name="refresh-data-centres-zoho"
              action={refreshDataCentresAction.bind(null, workspace.slug, "zoho")}
              label="Refresh from Zoho"
              pendingText="Asking Zoho…"
              showResult
            />
            {env().sandboxEnabled && (
              <ActionButton
                name="refresh-data-centres-sandbox"
                action={refreshDataCentresAction.bind(null, workspace.slug, "sandbox")}
                label="Refresh from the sandbox"
                pendingText="Asking the sandbox…"
                showResult
              />
            )}
          </div>
        </Card>
        <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
          <table className={stack.table} {...roles.table} aria-label="Data centres">
            <thead
              className={`border-b border-zinc-200 text-xs uppercase text-muted dark:border-zinc-800 dark:text-zinc-400 ${stack.thead}`}
              {...roles.rowgroup}
            >
              <tr {...roles.row}>
                {COLUMNS.map((t, i) => (
                  <th key={t} scope="col" className="px-3 py-2 font-medium" {...roles.columnheader}>
                    {/* The last column holds the Enable/Disable button: named for screen readers, blank on screen. */}
                    {i === COLUMNS.length - 1 ? <span className="sr-only">{t}</span> : t}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody className={stack.tbody} {...roles.rowgroup}>
              {rows.map((dc) => (
                <tr
                  key={dc.location}
                  data-testid="data-centre-row"
                  data-location={dc.location}
                  className={`border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800 ${stack.row}`}
                  {...roles.row}
                >
                  <td className={`sm:whitespace-nowrap ${stack.cell}`} {...roles.cell}>
                    <span className="font-mono">{dc.location}</span> <span className="text-muted">{dc.label}</span>
                  </td>
                  <td className={`font-mono text-xs ${stack.cell}`} data-label={COLUMNS[1]} {...roles.cell}>
                    {dc.accountsServer ? (
                      <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1">
                        <span className="min-w-0 break-all">{dc.accountsServer}</span>
                        <CopyButton value={dc.accountsServer} label="Copy" />
                      </span>
                    ) : (
                      <span className="text-muted">none yet: sandbox only</span>
                    )}
                  </td>
                  <td className={`font-mono text-xs break-all ${stack.cell}`} data-label={COLUMNS[2]} {...roles.cell}>
                    {dc.apiDomain ?? "—"}
                  </td>
                  <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[3]} {...roles.cell}>
                    {SOURCE[dc.source] ?? dc.source}
                  </td>
                  <td className={stack.cell} data-label={COLUMNS[4]} {...roles.cell}>
                    {dc.enabled ? <Badge tone="green">enabled</Badge> : <Badge tone="zinc">disabled</Badge>}
                  </td>
                  <td className={stack.cell} {...roles.cell}>
                    <ActionButton
                      name={`${dc.enabled ? "disable" : "enable"}-data-centre-${dc.location}`}
                      action={setDataCentreEnabledAction.bind(null, workspace.slug, dc.location, String(!dc.enabled))}
                      label={dc.enabled ? "Disable" : "Enable"}
                      pendingText="Saving…"
                      confirmText={
                        dc.enabled
                          ? `Stop offering ${dc.label} for new clients and authorizations in every workspace? Existing grants keep working.`
                          : undefined
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <Card>
          <h2 className="text-sm font-semibold">Add a data centre</h2>
          <p className="mt-1 text-sm text-muted">
            For a data centre Zoho opened before its serverinfo or this console listed it. The accounts server must be Zoho&apos;s (
            <code className="font-mono">https://accounts.zoho.&lt;domain&gt;</code>): a client secret is only ever sent there.
          </p>
          <AddDataCentreForm action={addDataCentreAction.bind(null, workspace.slug)} />
        </Card>
      </div>
    </>
  );
}
