// Zoho scopes: Service.scope.OPERATION (shared/zoho-oauth.md). Pure, for the builder and the debugger.
export const OPERATIONS = ["ALL", "READ", "CREATE", "UPDATE", "DELETE", "WRITE", "CUSTOM"] as const;
const SHAPE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+){2,}$/;

/** Why a scope is malformed, or null when it is well-formed. */
export function scopeProblem(scope: string): string | null {
  if (!SHAPE.test(scope)) return `"${scope}" is not Service.scope.OPERATION (e.g. ZohoCRM.modules.ALL)`;
  const operation = scope.slice(scope.lastIndexOf(".") + 1).toUpperCase();
  return (OPERATIONS as readonly string[]).includes(operation) ? null : `"${scope}" ends in "${scope.slice(scope.lastIndexOf(".") + 1)}", not an operation (${OPERATIONS.join(", ")})`;
}
