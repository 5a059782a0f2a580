// Whether a token's scopes include one of `accepted` (Zoho compares scopes case-insensitively:
// "ZohoCRM.modules.ALL" and "zohocrm.modules.all" are the same grant — docs/zoho.md, "Scopes").
export function hasScope(scopes: readonly string[], accepted: readonly string[]): boolean {
  const wanted = new Set(accepted.map((s) => s.toLowerCase()));
  return scopes.some((s) => wanted.has(s.toLowerCase()));
}

/** Service.scope at an operation: ALL always counts, e.g. readScopes("ZohoCRM.users", "READ"). */
export const scopesFor = (serviceScope: string, operation: "READ" | "CREATE") => [`${serviceScope}.ALL`, `${serviceScope}.${operation}`];
