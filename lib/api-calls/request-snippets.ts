import type { ApiBase, ApiMethod } from "./templates";

// "Copy as cURL / Node / Python" for a runner request. No snippet holds a token: cURL takes
// $ZOHO_ACCESS_TOKEN from the shell; Node and Python ask the console's token API for one (with a
// console API key from the environment) and call the host its answer names, as a service would.
export type SnippetRequest = {
  method: ApiMethod;
  base: ApiBase;
  /** The full URL, as the runner would send it (shown in the page). */
  url: string;
  /** The part after the base: path and query. */
  rest: string;
  headers: [string, string][];
  body: string;
  tokenApiUrl: string;
};

const shellQuote = (value: string) => `'${value.replace(/'/g, `'\\''`)}'`;
const hasBody = (r: SnippetRequest) => r.method !== "GET" && r.method !== "DELETE" && r.body.trim() !== "";

export function curlSnippet(r: SnippetRequest): string {
  const lines = [`curl -X ${r.method} ${shellQuote(r.url)}`, `  -H "Authorization: Zoho-oauthtoken $ZOHO_ACCESS_TOKEN"`];
  for (const [name, value] of r.headers) lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`);
  if (hasBody(r)) {
    if (!r.headers.some(([n]) => n.toLowerCase() === "content-type")) lines.push(`  -H "Content-Type: application/json"`);
    lines.push(`  --data ${shellQuote(r.body)}`);
  }
  return lines.join(" \\\n");
}

// Where the token API's answer says the base is: api_domain, a product host, or the accounts server
// (not in the answer: the grant's accounts server is fixed, so it is written out).
function baseExpression(r: SnippetRequest, lang: "js" | "py"): string {
  if (r.base === "api") return lang === "js" ? "token.api_domain" : 'token["api_domain"]';
  if (r.base === "accounts") return JSON.stringify(r.url.slice(0, r.url.length - r.rest.length));
  return lang === "js" ? `token.product_hosts.${r.base}` : `token["product_hosts"]["${r.base}"]`;
}

export function nodeSnippet(r: SnippetRequest): string {
  const headers = [
    `Authorization: \`Zoho-oauthtoken \${token.access_token}\``,
    ...r.headers.map(([n, v]) => `${JSON.stringify(n)}: ${JSON.stringify(v)}`),
  ];
  if (hasBody(r) && !r.headers.some(([n]) => n.toLowerCase() === "content-type")) headers.push(`"Content-Type": "application/json"`);
  return `// A fresh access token from the console (ZOC_API_KEY: a console API key for this grant)
const token = await (await fetch(${JSON.stringify(r.tokenApiUrl)}, {
  headers: { Authorization: \`Bearer \${process.env.ZOC_API_KEY}\` },
})).json();
const res = await fetch(\`\${${baseExpression(r, "js")}}${r.rest.replace(/[`\\$]/g, "\\$&")}\`, {
  method: ${JSON.stringify(r.method)},
  headers: { ${headers.join(", ")} },${hasBody(r) ? `\n  body: JSON.stringify(${r.body.trim()}),` : ""}
});
console.log(res.status, await res.text());`;
}

export function pythonSnippet(r: SnippetRequest): string {
  const headers = [
    `"Authorization": f"Zoho-oauthtoken {token['access_token']}"`,
    ...r.headers.map(([n, v]) => `${JSON.stringify(n)}: ${JSON.stringify(v)}`),
  ];
  return `# A fresh access token from the console (ZOC_API_KEY: a console API key for this grant)
import json, os, requests
token = requests.get(${JSON.stringify(r.tokenApiUrl)},
                     headers={"Authorization": f"Bearer {os.environ['ZOC_API_KEY']}"}).json()
res = requests.request(${JSON.stringify(r.method)}, ${baseExpression(r, "py")} + ${JSON.stringify(r.rest)},
                       headers={${headers.join(", ")}}${hasBody(r) ? `,\n                       json=json.loads(${JSON.stringify(r.body)})` : ""})
print(res.status_code, res.text)`;
}
