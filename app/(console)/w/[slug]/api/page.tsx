import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { Badge } from "@/components/badge";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { PageHeader } from "@/components/page-header";
import {
  API_PROBLEMS,
  EXAMPLE_CLIENT,
  EXAMPLE_GRANT,
  EXAMPLE_INVALIDATE_BODY,
  EXAMPLE_PROBLEM,
  EXAMPLE_TOKEN,
  GRANT_FILTERS,
  ORG_WIDE_FIELD,
  PAGE_PARAMS,
  PRODUCT_HOSTS_FIELD,
  type QueryParam,
} from "@/lib/api/api-reference";
import { actorCan } from "@/lib/auth/context";
import { memberContext } from "@/lib/auth/member-context";
import { appOrigin } from "@/lib/config/app-origin";

export const metadata: Metadata = { title: "API" };

const pre = "overflow-x-auto rounded-md bg-zinc-100 p-3 font-mono text-xs leading-relaxed dark:bg-zinc-800";
// A code block that may scroll sideways is a Tab stop with a name (WCAG 2.1.1; axe scrollable-region-focusable).
const scrollable = (name: string, className = "") =>
  ({
    tabIndex: 0,
    role: "region",
    "aria-label": name,
    className: `${pre} ${className}`,
  }) as const;
const json = (value: unknown) => JSON.stringify(value, null, 2);

function Endpoint({
  method = "GET",
  path,
  title,
  children,
  params,
  curl,
  answer,
}: {
  method?: "GET" | "POST";
  path: string;
  title: string;
  children: React.ReactNode;
  params: QueryParam[];
  curl: string;
  answer: unknown;
}) {
  return (
    <Card>
      <h2 className="flex flex-wrap items-center gap-2 text-sm font-semibold">
        <Badge tone={method === "GET" ? "green" : "indigo"}>{method}</Badge>
        <code className="font-mono break-all">{path}</code>
        <span className="font-normal text-muted">— {title}</span>
      </h2>
      <div className="mt-2 space-y-2 text-sm text-zinc-700 dark:text-zinc-300">{children}</div>
      {params.length > 0 && (
        <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1 text-sm">
          {params.map((p) => (
            <div key={p.name} className="contents">
              <dt className="font-mono text-xs break-all">{p.name}</dt>
              <dd className="text-muted">{p.description}</dd>
            </div>
          ))}
        </dl>
      )}
      <div className="mt-3 flex flex-col items-start gap-2 sm:flex-row">
        <pre {...scrollable(`curl: ${title}`, "w-full min-w-0 sm:flex-1")} data-testid="curl-example">
          {curl}
        </pre>
        <CopyButton value={curl} label="Copy curl" />
      </div>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm font-medium">Example answer</summary>
        <pre {...scrollable(`Example answer: ${title}`, "mt-2")}>{json(answer)}</pre>
      </details>
    </Card>
  );
}

export default async function ApiPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { actor, workspace } = await memberContext(slug, "clients:read");
  const origin = appOrigin({ headers: await headers() });
  const auth = `-H "Authorization: Bearer $ZOC_API_KEY"`;
  const keysLink = actorCan(actor, "apikeys:manage") ? (
    <Link
      href={`/w/${workspace.slug}/settings/api-keys`}
      className="font-medium text-indigo-600 underline underline-offset-2 dark:text-indigo-400"
    >
      Settings → API keys
    </Link>
  ) : (
    <>Settings → API keys (ask an admin)</>
  );
  return (
    <>
      <PageHeader
        title="API"
        description="An API for your team's services: list grants and clients, and get a valid Zoho access token without storing refresh tokens anywhere else."
      />
      <div className="max-w-4xl space-y-6">
        <Card>
          <h2 className="text-sm font-semibold">Authentication</h2>
          <div className="mt-2 space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
            <p>
              Every call sends a workspace API key: <code className="font-mono text-xs">Authorization: Bearer zoc_…</code>. Keys are created
              in {keysLink}; each belongs to one workspace and may use all of its grants or only the grants picked for it. Anything outside
              a key&apos;s workspace or grants answers 404, as if it did not exist.
            </p>
            <p>
              Answers are JSON. Errors are{" "}
              <a
                href="https://www.rfc-editor.org/rfc/rfc9457"
                className="text-indigo-600 underline underline-offset-2 dark:text-indigo-400"
              >
                RFC 9457
              </a>{" "}
              problem details (<code className="font-mono text-xs">application/problem+json</code>). Lists are cursor-paged: pass the
              answer&apos;s <code className="font-mono text-xs">next_cursor</code> as <code className="font-mono text-xs">cursor</code>{" "}
              until it is null.
            </p>
            <p>
              Machine-readable:{" "}
              <a href={`${origin}/api/v1/openapi.json`} className="font-mono text-xs text-indigo-600 hover:underline dark:text-indigo-400">
                {origin}/api/v1/openapi.json
              </a>{" "}
              (OpenAPI 3.1).
            </p>
          </div>
        </Card>

        <Endpoint
          path="/api/v1/grants"
          title="the key's grants"
          params={[...GRANT_FILTERS, ...PAGE_PARAMS]}
          curl={`curl ${auth} \\\n  "${origin}/api/v1/grants?location=eu&status=ACTIVE&limit=50"`}
          answer={{ data: [EXAMPLE_GRANT], next_cursor: null }}
        >
          <p>
            Where each grant lives (location, accounts server, API domain), its scopes, its Zoho user and state. Tokens are never listed:
            only the refresh token&apos;s last 4 characters.
          </p>
          <p>
            <code className="font-mono text-xs">org_wide</code>: {ORG_WIDE_FIELD}
          </p>
        </Endpoint>

        <Endpoint
          path="/api/v1/clients"
          title="the workspace's OAuth clients"
          params={PAGE_PARAMS}
          curl={`curl ${auth} \\\n  "${origin}/api/v1/clients?limit=50"`}
          answer={{ data: [EXAMPLE_CLIENT], next_cursor: "cm5client000example00001" }}
        >
          <p>
            Client configuration: Zoho client id, type, environment, data centres, redirect URIs. Never secrets. A key limited to some
            grants sees only their clients.
          </p>
        </Endpoint>

        <Endpoint
          path="/api/v1/grants/{id}/access-token"
          title="a valid access token"
          params={[]}
          curl={`curl ${auth} \\\n  "${origin}/api/v1/grants/${EXAMPLE_GRANT.id}/access-token"`}
          answer={EXAMPLE_TOKEN}
        >
          <p>
            The cached token while it has more than 5 minutes left; otherwise the console refreshes it at Zoho, once, however many callers
            ask at the same time. Call Zoho at <code className="font-mono text-xs">api_domain</code> with{" "}
            <code className="font-mono text-xs">Authorization: Zoho-oauthtoken &lt;access_token&gt;</code>.
          </p>
          <p>
            <code className="font-mono text-xs">product_hosts</code>: {PRODUCT_HOSTS_FIELD}{" "}
            <code className="font-mono text-xs">org_wide</code> as in the grant list.
          </p>
          <p>
            When Zoho is down or the grant&apos;s refresh budget is spent: 503 with <code className="font-mono text-xs">Retry-After</code>.
            Wait that long; do not retry in a loop.
          </p>
        </Endpoint>

        <Endpoint
          method="POST"
          path="/api/v1/grants/{id}/access-token/invalidate"
          title="report a token Zoho refused"
          params={[]}
          curl={`curl ${auth} -H "content-type: application/json" \\\n  -d '${JSON.stringify(EXAMPLE_INVALIDATE_BODY)}' \\\n  "${origin}/api/v1/grants/${EXAMPLE_GRANT.id}/access-token/invalidate"`}
          answer={EXAMPLE_TOKEN}
        >
          <p>
            When Zoho answers <code className="font-mono text-xs">INVALID_OAUTHTOKEN</code> or{" "}
            <code className="font-mono text-xs">INVALID_TOKEN</code> for a token you got here, send that token as{" "}
            <code className="font-mono text-xs">{'{"accessToken":"…"}'}</code>. If it is still the cached one the console refreshes once —
            every service reporting the same token shares that one refresh — and answers the new token, in the same shape as above; if the
            cache already moved on, you get the current token and nothing is refreshed. The refresh budget applies here too (503 with{" "}
            <code className="font-mono text-xs">Retry-After</code>). The report is audited, never the token.
          </p>
        </Endpoint>

        <Card>
          <h2 className="text-sm font-semibold">Errors</h2>
          <div className="mt-3 overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-xs uppercase text-muted">
                <tr>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    Status
                  </th>
                  <th scope="col" className="py-1 pr-3 font-medium">
                    type
                  </th>
                  <th scope="col" className="py-1 font-medium">
                    When
                  </th>
                </tr>
              </thead>
              <tbody>
                {API_PROBLEMS.map((p) => (
                  <tr key={p.type} className="border-t border-zinc-100 align-top dark:border-zinc-800" data-testid="problem-type">
                    <td className="py-2 pr-3 font-mono text-xs">{p.status}</td>
                    <td className="py-2 pr-3 font-mono text-xs break-all">{p.uri}</td>
                    <td className="py-2 text-muted">{p.when}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium">Example problem</summary>
            <pre {...scrollable("Example problem", "mt-2")}>{json(EXAMPLE_PROBLEM)}</pre>
          </details>
        </Card>
      </div>
    </>
  );
}
