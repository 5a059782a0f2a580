// Which of the scopes a call needs a grant does not hold. Scopes are `Service.scope.OPERATION`
// (docs/zoho.md, "Scopes") and compared case-insensitively (Zoho's token answers and pages mix cases). A
// held scope covers a needed one when it names the same or a broader resource and its operation is the
// same or ALL: "scope=ZohoCRM.modules.ALL (or) ZohoCRM.modules.{module_name}.{operation_type}"
// (https://www.zoho.com/crm/developer/docs/api/v8/get-records.html), so ZohoCRM.modules.ALL and
// ZohoCRM.modules.READ both cover ZohoCRM.modules.leads.READ. Nothing else is assumed (no documented
// "full access" rule): a scope this cannot prove held is named, which at worst suggests one too many.

function covers(held: string, needed: string): boolean {
  const h = held.toLowerCase().split(".");
  const n = needed.toLowerCase().split(".");
  if (h.join(".") === n.join(".")) return true;
  if (h.length < 2 || n.length < 2) return false;
  const [hOp, hResource] = [h[h.length - 1], h.slice(0, -1)];
  const [nOp, nResource] = [n[n.length - 1], n.slice(0, -1)];
  const broader = hResource.length <= nResource.length && hResource.every((part, i) => part === nResource[i]);
  return broader && (hOp === "all" || hOp === nOp);
}

/** The needed scopes no held scope covers, in the order needed, without repeats (case-insensitive). */
export function missingScopes(needed: readonly string[], held: readonly string[]): string[] {
  const seen = new Set<string>();
  return needed.filter((scope) => {
    const key = scope.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return !held.some((h) => covers(h, scope));
  });
}
