// Zoho's scope parameter: Service.scope.OPERATION, several joined with commas (shared/zoho-oauth.md).
// Strict like Zoho, so a typo or a space-separated list is caught at the consent step.
const OPERATIONS = new Set(["all", "read", "create", "update", "delete", "write", "custom"]);
const SHAPE = /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z0-9_]+){2,}$/;

export type ScopeParse = { ok: true; scopes: string[] } | { ok: false; problem: string };

export function parseScopeParam(value: string | null): ScopeParse {
  const text = (value ?? "").trim();
  if (!text) return { ok: false, problem: "The scope parameter is missing." };
  const scopes = [...new Set(text.split(",").map((s) => s.trim()).filter(Boolean))];
  if (scopes.length === 0) return { ok: false, problem: "The scope parameter is empty." };
  for (const scope of scopes) {
    const shown = `"${scope.slice(0, 100)}"`;
    if (/\s/.test(scope)) return { ok: false, problem: `${shown} contains a space: join several scopes with commas, not spaces.` };
    if (!SHAPE.test(scope)) return { ok: false, problem: `${shown} is not a scope: scopes look like Service.scope.OPERATION, e.g. ZohoCRM.modules.ALL.` };
    const operation = scope.slice(scope.lastIndexOf(".") + 1);
    if (!OPERATIONS.has(operation.toLowerCase())) {
      return { ok: false, problem: `${shown} ends in "${operation}", which is not an operation (ALL, READ, CREATE, UPDATE, DELETE, WRITE or CUSTOM).` };
    }
  }
  return { ok: true, scopes };
}
