import Link from "next/link";
import { buttonClass } from "@/components/button-class";
import { inputClass } from "@/components/field";
import { GRANT_SORTS, type GrantListFilter } from "@/lib/grants/grant-list-filter";

const small = `${inputClass} py-1.5`;
/**
 * How many clients the picker lists. A workspace may hold 10,000: the search finds the others by name, and each
 * client's page links to its grants. 500 options were a sixth of the page at 10,000 clients, in its HTML and again
 * in its RSC payload, and no quicker to pick from than a search.
 */
export const CLIENT_PICKER_SIZE = 100;

// The Grants page's filters: a plain GET form, so the filtered list is its address (shareable, Back
// works) and it works before JavaScript loads.
export function GrantFilters({
  action,
  filter,
  clients,
  members,
  dataCentres,
}: {
  action: string;
  filter: GrantListFilter;
  clients: { id: string; name: string }[];
  members: { id: string; email: string }[];
  dataCentres: { location: string; label: string }[];
}) {
  const select = (name: keyof GrantListFilter, label: string, options: [string, string][], all = "Any") => (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{label}</span>
      <select name={name} defaultValue={filter[name] ? String(filter[name]).toLowerCase() : ""} className={small}>
        <option value="">{all}</option>
        {options.map(([value, text]) => (
          <option key={value} value={value.toLowerCase()}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  const input = (name: keyof GrantListFilter, label: string, type = "text", placeholder?: string) => (
    <label className="space-y-1 text-sm">
      <span className="block font-medium">{label}</span>
      <input name={name} type={type} defaultValue={filter[name] ? String(filter[name]) : ""} placeholder={placeholder} className={small} />
    </label>
  );
  return (
    <form
      method="get"
      action={action}
      className="mb-6 space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      aria-label="Filter grants"
      data-testid="grant-filters"
    >
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-4">
        {input("q", "Search", "search", "Label, client or Zoho user")}
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Client</span>
          <select name="client" defaultValue={filter.client ?? ""} className={small}>
            <option value="">Any</option>
            {filter.client && !clients.some((c) => c.id === filter.client) && <option value={filter.client}>The chosen client</option>}
            {clients.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
          {clients.length >= CLIENT_PICKER_SIZE && (
            <span className="block text-xs text-muted">The first {CLIENT_PICKER_SIZE} by name; search for another, or open its page.</span>
          )}
        </label>
        {select("env", "Environment", [
          ["PRODUCTION", "Production"],
          ["SANDBOX", "Sandbox"],
          ["DEVELOPMENT", "Development"],
        ])}
        {select(
          "dc",
          "Data centre",
          dataCentres.map((d) => [d.location, `${d.label} (${d.location})`]),
        )}
        {select("status", "Status", [
          ["ACTIVE", "Active"],
          ["REVOKED", "Revoked"],
          ["INVALID", "Invalid"],
        ])}
        {input("user", "Zoho user", "text", "Email or Zoho user id")}
        {input("scope", "Holds scope", "text", "ZohoCRM.modules.ALL")}
        {select(
          "sort",
          "Sort",
          (Object.entries(GRANT_SORTS) as [string, string][]).filter(([k]) => k !== "newest"),
          GRANT_SORTS.newest,
        )}
        {select("kind", "Granted by", [
          ["org", "An admin, for the organization"],
          ["user", "A user, for themselves"],
        ])}
        <label className="space-y-1 text-sm">
          <span className="block font-medium">Created by</span>
          <select name="creator" defaultValue={filter.creator ?? ""} className={small}>
            <option value="">Anyone</option>
            {members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.email}
              </option>
            ))}
          </select>
        </label>
        {input("from", "Created from", "date")}
        {input("to", "Created until", "date")}
        {input("usedFrom", "Used since", "date")}
        {input("idleSince", "Not used since", "date")}
        {input("idle", "Idle for days", "number", "90")}
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={buttonClass()}>
          Apply filters
        </button>
        <Link href={action} className="text-sm text-indigo-700 underline dark:text-indigo-300">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
