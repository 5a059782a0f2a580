"use client";
import { setDataCentres } from "@/lib/data-centres/current-data-centres";
import type { DataCentre } from "@/lib/data-centres/data-centre";
import { useMemo, useState } from "react";
import Link from "next/link";
import clsx from "clsx";
import { Badge, EnvironmentBadge } from "@/components/badge";
import { buttonClass } from "@/components/button-class";
import { Card } from "@/components/card";
import { CopyButton } from "@/components/copy-button";
import { inputClass } from "@/components/field";
import {
  classifyInput,
  KIND_LABELS,
  type DebugFinding,
  type DebugLevel,
  type DebugParam,
  type InputKind,
} from "@/lib/debug/classify-input";
import { debugExamples } from "@/lib/debug/debug-examples";
import { explainAuthUrl } from "@/lib/debug/explain-auth-url";
import { explainRedirect, matchRedirectClient, redirectBase } from "@/lib/debug/explain-redirect";
import { explainTokenAnswer } from "@/lib/debug/explain-token-answer";
import { CLIENT_TYPE_RULES, type ClientTypeName } from "@/lib/zoho/client-types";

export type DebugClient = {
  id: string;
  name: string;
  zohoClientId: string;
  type: ClientTypeName;
  provider: "ZOHO" | "SANDBOX";
  environment: string;
  homeDc: string;
  enabledDcs: string[];
  archived: boolean;
  redirectUris: string[];
};
/** `codeLifetimeSeconds`: the workspace's grant code lifetime (Settings), named in the hints. */
type Props = {
  clients: DebugClient[];
  sandboxOrigin: string | null;
  clientsHref: string;
  codeLifetimeSeconds: number;
  dataCentres: readonly DataCentre[];
};
type Match = { client: DebugClient | null; by: "client_id" | "redirect URI"; key: string | null; others: number };
type Analysis = {
  kind: InputKind;
  reason?: string;
  notes: string[];
  summary: string[];
  params: DebugParam[];
  findings: DebugFinding[];
  match: Match | null;
};

// Everything happens here, in the browser, on every change: nothing pasted leaves the page.
function analyse(text: string, clients: DebugClient[], sandboxOrigin: string | null, codeLifetimeSeconds: number): Analysis {
  const c = classifyInput(text);
  const none = { summary: [], params: [], findings: [], match: null };
  if (c.kind === "empty") return { kind: "empty", notes: [], ...none };
  if (c.kind === "unknown") return { kind: "unknown", reason: c.reason, notes: c.notes, ...none };
  if (c.kind === "token-answer") {
    const t = explainTokenAnswer(c.json, { sandboxOrigin, codeLifetimeSeconds });
    const summary = t.answer.ok
      ? [
          `Success: an access token for ${t.answer.expiresInSeconds} s${t.answer.refreshToken ? ", and a refresh token" : ""}.`,
          ...(t.answer.scopes ? [`Scopes: ${t.answer.scopes.join(", ")}`] : []),
        ]
      : [`Failed: ${t.answer.error}${t.answer.description ? ` — ${t.answer.description}` : ""}`];
    return { kind: c.kind, notes: c.notes, summary, params: t.params, findings: t.findings, match: null };
  }
  if (c.kind === "auth-url") {
    const id = c.url.searchParams.get("client_id")?.trim() || null;
    const same = id ? clients.filter((cl) => cl.zohoClientId === id) : [];
    const client = same[0] ?? null;
    const a = explainAuthUrl(c.url, {
      sandboxOrigin,
      provider: client?.provider,
      client: client
        ? {
            type: client.type,
            redirectUris: client.redirectUris,
            homeDc: client.homeDc,
            enabledDcs: client.enabledDcs,
            archived: client.archived,
          }
        : undefined,
    });
    const summary = [
      `Starts at ${a.server.url}${a.server.allowed ? ` — ${a.server.provider === "SANDBOX" ? "the console's sandbox" : "Zoho"}, ${a.server.label} (${a.server.location})` : " — not an allowed accounts server"}.`,
    ];
    if (a.orgWide) summary.push("Org-wide admin consent (/oauth/v2/org/auth).");
    return {
      kind: c.kind,
      notes: c.notes,
      summary,
      params: a.params,
      findings: a.findings,
      match: { client, by: "client_id", key: id, others: Math.max(0, same.length - 1) },
    };
  }
  const base = redirectBase(c.url);
  const client = matchRedirectClient(base, clients);
  const r = explainRedirect(c.url, { sandboxOrigin, client, codeLifetimeSeconds });
  const summary = [`Came back to ${base}${r.fromFragment ? " (parameters in the # fragment)" : ""}.`];
  if (r.accountsServer)
    summary.push(
      `Exchange the code at ${r.accountsServer.url}/oauth/v2/token — ${r.accountsServer.provider === "SANDBOX" ? "the console's sandbox" : "Zoho"} (${r.accountsServer.location}).`,
    );
  return {
    kind: c.kind,
    notes: c.notes,
    summary,
    params: r.params,
    findings: r.findings,
    match: { client, by: "redirect URI", key: base, others: 0 },
  };
}

export function Debugger({ clients, sandboxOrigin, clientsHref, codeLifetimeSeconds, dataCentres }: Props) {
  // The checks run here, in the browser, against the console's data-centre table as the page sent it.
  setDataCentres(dataCentres);
  const [text, setText] = useState("");
  const a = useMemo(() => analyse(text, clients, sandboxOrigin, codeLifetimeSeconds), [text, clients, sandboxOrigin, codeLifetimeSeconds]);
  return (
    <div className="space-y-6">
      <Card className="space-y-2">
        <label htmlFor="debug-input" className="block text-sm font-medium">
          Authorization URL, redirect URL or token answer
        </label>
        <textarea
          id="debug-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={5}
          spellCheck={false}
          autoComplete="off"
          autoCapitalize="off"
          placeholder='https://accounts.zoho.com/oauth/v2/auth?scope=…   or   https://your.app/callback?code=…   or   {"error":"invalid_code"}'
          className={`${inputClass} font-mono text-xs`}
          aria-describedby="debug-input-hint"
          data-testid="debug-input"
        />
        <div className="flex flex-wrap items-center justify-between gap-2">
          <p id="debug-input-hint" className="text-xs text-muted">
            Analysed in your browser as you type: nothing is sent to the server. Codes and tokens are never shown back.
          </p>
          {text && (
            <button type="button" onClick={() => setText("")} className={buttonClass("secondary")}>
              Clear
            </button>
          )}
        </div>
      </Card>
      {a.kind === "empty" ? (
        <div className="rounded-lg border border-dashed border-zinc-300 p-10 text-center dark:border-zinc-700">
          <h2 className="text-base font-semibold">Paste something to debug</h2>
          <p className="mx-auto mt-1 max-w-md text-sm text-muted">
            The debugger explains each parameter, matches it to this workspace&apos;s clients and lists what Zoho (or the sandbox) would
            refuse, with the fix. Or try an example:
          </p>
          <div className="mt-5 flex flex-wrap justify-center gap-2">
            {debugExamples(clients, sandboxOrigin).map((ex) => (
              <button
                key={ex.label}
                type="button"
                onClick={() => setText(ex.text)}
                className={buttonClass("secondary")}
                data-testid="debug-example"
                data-broken={ex.broken ? "true" : undefined}
              >
                {ex.label}
              </button>
            ))}
          </div>
        </div>
      ) : (
        <Results a={a} clientsHref={clientsHref} />
      )}
    </div>
  );
}

function Results({ a, clientsHref }: { a: Analysis; clientsHref: string }) {
  return (
    <div className="grid grid-cols-1 gap-6 wrap-anywhere lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
      <p role="status" className="sr-only">
        {status(a)}
      </p>
      <Card className="space-y-2">
        <h2 className="text-sm font-semibold">What this is</h2>
        <p data-testid="debug-kind" data-kind={a.kind} className="text-base font-medium">
          {KIND_LABELS[a.kind]}
        </p>
        {a.reason && <p className="text-sm text-red-700 dark:text-red-400">{a.reason}</p>}
        {a.summary.map((line) => (
          <p key={line} className="break-all text-sm">
            {line}
          </p>
        ))}
        {a.notes.length > 0 && (
          <ul className="list-inside list-disc text-xs text-muted">
            {a.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        )}
      </Card>
      {a.match && <ClientMatch match={a.match} clientsHref={clientsHref} />}
      {a.kind !== "unknown" && <Findings findings={a.findings} />}
      {a.params.length > 0 && <Params params={a.params} />}
    </div>
  );
}

/** One line for screen readers, announced as the analysis changes (not the whole page on every key). */
function status(a: Analysis): string {
  if (a.kind === "unknown") return `${KIND_LABELS.unknown}: ${a.reason ?? ""}`;
  const count = (level: DebugLevel, word: string) => {
    const n = a.findings.filter((f) => f.level === level).length;
    return `${n} ${word}${n === 1 ? "" : "s"}`;
  };
  return `${KIND_LABELS[a.kind]}: ${count("error", "error")}, ${count("warning", "warning")}, ${count("info", "note")}.`;
}

function ClientMatch({ match, clientsHref }: { match: Match; clientsHref: string }) {
  const { client } = match;
  return (
    <Card className="space-y-2">
      <h2 className="text-sm font-semibold">Client (by {match.by})</h2>
      {client ? (
        <div className="space-y-1 text-sm" data-testid="debug-client">
          <p className="flex flex-wrap items-center gap-2">
            <Link
              href={`${clientsHref}/${client.id}`}
              className="font-medium text-indigo-700 underline underline-offset-2 dark:text-indigo-300"
            >
              {client.name}
            </Link>
            <EnvironmentBadge environment={client.environment} />
            {client.archived && <Badge tone="amber">archived</Badge>}
          </p>
          <p className="text-muted">
            {CLIENT_TYPE_RULES[client.type].label} · home {client.homeDc}
            {client.enabledDcs.length > 0 && ` · also ${client.enabledDcs.join(", ")}`}
          </p>
          {match.others > 0 && (
            <p className="text-xs text-muted">
              {match.others} more client{match.others > 1 ? "s" : ""} in this workspace share this client_id; checked against this one.
            </p>
          )}
        </div>
      ) : (
        <p className="text-sm text-muted" data-testid="debug-client-none">
          {match.key ? `No client in this workspace has this ${match.by}` : "No client_id in the URL, so no client to match"}
          {match.key && (
            <>
              : <code className="break-all font-mono text-xs">{match.key}</code>
            </>
          )}
          .
        </p>
      )}
    </Card>
  );
}

const LEVELS: { level: DebugLevel; title: string; box: string }[] = [
  { level: "error", title: "Errors", box: "border-red-500 bg-red-50 dark:bg-red-950/30" },
  { level: "warning", title: "Warnings", box: "border-amber-500 bg-amber-50 dark:bg-amber-950/30" },
  { level: "info", title: "Notes", box: "border-sky-500 bg-sky-50 dark:bg-sky-950/30" },
];

function Findings({ findings }: { findings: DebugFinding[] }) {
  return (
    <Card className="space-y-3 lg:col-span-2">
      <h2 className="text-sm font-semibold">What is wrong and how to fix it</h2>
      {findings.length === 0 && <p className="text-sm text-emerald-700 dark:text-emerald-400">✓ Nothing wrong found.</p>}
      {LEVELS.map(({ level, title, box }) => {
        const group = findings.filter((f) => f.level === level);
        if (group.length === 0) return null;
        return (
          <section key={level} aria-label={title} className="space-y-2">
            <h3 className="text-xs font-semibold uppercase tracking-wide text-muted">
              {title} ({group.length})
            </h3>
            <ul className="space-y-2">
              {group.map((f, i) => (
                <li
                  key={`${f.id}-${i}`}
                  data-testid="debug-finding"
                  data-finding-id={f.id}
                  data-level={f.level}
                  className={clsx("rounded-md border-l-4 px-3 py-2 text-sm", box)}
                >
                  <p className="break-words">{f.message}</p>
                  <p className="text-muted">
                    <span className="font-medium">Fix:</span> {f.fix}
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Card>
  );
}

function Params({ params }: { params: DebugParam[] }) {
  return (
    <Card className="overflow-x-auto lg:col-span-2">
      <table className="w-full text-left text-sm">
        <caption className="mb-2 text-left text-sm font-semibold">Parameters</caption>
        <thead className="text-xs text-muted">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Name
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Value
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Meaning
            </th>
            <th scope="col" className="py-1">
              <span className="sr-only">Copy</span>
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-200 dark:divide-zinc-800">
          {params.map((p, i) => (
            <tr key={`${p.name}-${i}`} data-testid="debug-param" data-param={p.name} className="align-top">
              <th scope="row" className="py-2 pr-3 font-mono text-xs font-semibold">
                {p.name}
                {!p.known && (
                  <>
                    {" "}
                    <Badge tone="amber">unknown</Badge>
                  </>
                )}
              </th>
              <td className="max-w-xs break-all py-2 pr-3 font-mono text-xs">{p.value}</td>
              <td className="py-2 pr-3 text-muted">{p.explanation}</td>
              <td className="py-2">{p.copy !== null && <CopyButton value={p.copy} label={`Copy ${p.name}`} />}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}
