// Whether the scopes a grant holds cover a scope an API needs. Zoho's scopes are
// Service.scope[.sub].OPERATION in any case (lib/zoho/scope-grammar.ts). A broader scope covers a
// narrower one of the same service: ZohoCRM.modules.ALL and ZohoCRM.modules.READ cover
// ZohoCRM.modules.leads.READ (CRM's scopes page: "ZohoCRM.modules.{operation_type}" is every module,
// "ZohoCRM.modules.{module_name}.{operation_type}" one module —
// https://www.zoho.com/crm/developer/docs/api/v8/scopes.html), ALL covers every operation, and a
// product's full-access scope covers the whole product (ZohoBooks.fullaccess.all, Zoho Books API
// introduction, https://www.zoho.com/books/api/v3/oauth/#scopes).

function covers(held: string, needed: string): boolean {
  const h = held.toLowerCase().split(".");
  const n = needed.toLowerCase().split(".");
  if (h.join(".") === n.join(".")) return true;
  if (h.length < 2 || n.length < 2 || h[0] !== n[0]) return false;
  if (h.length === 3 && h[1] === "fullaccess" && h[2] === "all") return true;
  const [hOp, hPath] = [h.at(-1)!, h.slice(1, -1)];
  const [nOp, nPath] = [n.at(-1)!, n.slice(1, -1)];
  const within = hPath.length <= nPath.length && hPath.every((part, i) => part === nPath[i]);
  return within && (hOp === "all" || hOp === nOp);
}

/** The needed scopes none of the held scopes covers, in the order asked. */
export function missingScopes(held: readonly string[], needed: readonly string[]): string[] {
  return needed.filter((n) => !held.some((h) => covers(h, n)));
}
