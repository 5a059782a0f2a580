import Link from "next/link";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { OrgWideBadge } from "@/components/grants/org-wide-badge";
import { RelativeTime } from "@/components/relative-time";
import { roles, stack } from "@/components/stack-table";
import type { FormState } from "@/lib/forms/form-state";
import type { ReviewItemRow } from "@/lib/reviews/list-review-items";
import { DecisionBadge } from "./decision-badge";
import { DecisionForm } from "./decision-form";
import { UsageEvidence } from "./usage-evidence";

const COLUMNS = ["Grant", "Zoho user · location", "Scopes", "Evidence of use", "Decision"];

// A review's grants as the reviewers saw them when it started, each with its decision (and, while the
// review is open, the form to make it). Stacks into cards on a phone.
export function ReviewItemsTable({
  items,
  grantsBase,
  decide,
  empty,
}: {
  items: ReviewItemRow[];
  grantsBase: string;
  decide: ((itemId: string) => (prev: FormState, formData: FormData) => Promise<FormState>) | null;
  empty: string;
}) {
  if (items.length === 0)
    return (
      <p className="rounded-lg border border-dashed border-zinc-300 p-6 text-center text-sm text-muted dark:border-zinc-700">{empty}</p>
    );
  return (
    <div className="rounded-lg border border-zinc-200 bg-white dark:border-zinc-800 dark:bg-zinc-900">
      <table className={stack.table} {...roles.table} aria-label="Grants in this review">
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
          {items.map((i) => {
            const name = i.label || i.clientName;
            return (
              <tr
                key={i.id}
                className={`border-b border-zinc-100 align-top last:border-0 dark:border-zinc-800 ${stack.row}`}
                data-testid="review-item"
                data-grant-label={i.label}
                data-item-id={i.id}
                {...roles.row}
              >
                <td className={stack.cell} {...roles.cell}>
                  <Link
                    href={`${grantsBase}/${i.grantId}`}
                    className="font-medium break-words text-indigo-700 hover:underline dark:text-indigo-300"
                  >
                    {name}
                  </Link>
                  {i.label && <div className="text-xs text-muted">{i.clientName}</div>}
                  <div className="mt-1 flex flex-wrap gap-1">
                    <EnvironmentBadge environment={i.environment} />
                    <Badge tone={i.status === "ACTIVE" ? "green" : "red"}>{i.status.toLowerCase()}</Badge>
                    {i.orgWide && <OrgWideBadge />}
                  </div>
                </td>
                <td className={`${stack.cell} break-words`} data-label={COLUMNS[1]} {...roles.cell}>
                  {i.zohoUserEmail ?? <span className="text-muted">unknown user</span>}
                  <div className="mt-1">
                    <Badge tone="indigo">{i.location}</Badge>
                  </div>
                </td>
                <td className={`max-w-56 max-sm:max-w-none ${stack.cell}`} data-label={COLUMNS[2]} {...roles.cell}>
                  <div className="flex flex-wrap gap-1 break-all">
                    {i.scopes.map((s) => (
                      <Badge key={s}>{s}</Badge>
                    ))}
                  </div>
                </td>
                <td className={`text-xs ${stack.cell}`} data-label={COLUMNS[3]} {...roles.cell}>
                  <UsageEvidence item={i} />
                </td>
                <td className={`min-w-56 text-xs ${stack.cell}`} data-label={COLUMNS[4]} {...roles.cell}>
                  <div className="mb-1 flex flex-wrap items-center gap-1" data-testid="review-decision">
                    <DecisionBadge decision={i.decision} revokeOk={i.revokeOk} />
                    {i.decidedBy && i.decidedAt && (
                      <span className="text-muted">
                        {i.decidedBy}, <RelativeTime date={i.decidedAt} />
                      </span>
                    )}
                  </div>
                  {!decide && i.note && <p className="mb-1 break-words whitespace-pre-line">{i.note}</p>}
                  {i.revokeResult && <p className={i.revokeOk ? "text-muted" : "text-red-700 dark:text-red-400"}>{i.revokeResult}</p>}
                  {decide && <DecisionForm action={decide(i.id)} itemId={i.id} note={i.note} grantName={name} />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
