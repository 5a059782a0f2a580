"use client";
import { useActionState, useMemo, useState } from "react";
import Link from "next/link";
import { CopyButton } from "@/components/copy-button";
import { Field, describedBy, inputClass } from "@/components/field";
import { FormMessage } from "@/components/form-message";
import { SubmitButton } from "@/components/submit-button";
import type { ApiCallState } from "@/lib/api-calls/send-api-call";
import { API_METHODS, parseHeaderLines, parseQueryLines } from "@/lib/api-calls/schemas";
import { API_TEMPLATES, findTemplate, queryText, type ApiBase, type ApiMethod } from "@/lib/api-calls/templates";
import { curlSnippet, nodeSnippet, pythonSnippet, type SnippetRequest } from "@/lib/api-calls/request-snippets";
import { missingScopes } from "@/lib/zoho/missing-scopes";
import type { RunnerBase } from "@/lib/api-calls/runner-bases";
import type { RunnerInitial } from "@/lib/api-calls/runner-initial";
import { ApiAnswerView } from "./api-answer-view";

// The request runner: a request to one of the grant's own hosts, sent by the console with a fresh
// access token the browser never sees; the answer, Zoho's error explained, and copyable snippets.
export function ApiRunner({
  action,
  grantScopes,
  bases,
  initial,
  authorizeHref,
  tokenApiUrl,
}: {
  action: (state: ApiCallState, formData: FormData) => Promise<ApiCallState>;
  grantScopes: string[];
  bases: RunnerBase[];
  initial: RunnerInitial;
  authorizeHref: string;
  tokenApiUrl: string;
}) {
  const [state, formAction] = useActionState(action, {} as ApiCallState);
  // What was typed comes back with the answer (or the field errors), so the form keeps it, JavaScript or not.
  const [request, setRequest] = useState(() => ({ ...initial, headers: "", ...typedValues(state.values) }));
  const set = (change: Partial<typeof request>) => setRequest((r) => ({ ...r, ...change }));
  const template = findTemplate(request.templateId);
  // A template's scopes count while its request is still the template's (same base and path).
  const needed = template && template.base === request.base && template.path === request.path ? template.scopes : [];
  const missing = missingScopes(needed, grantScopes);
  const baseUrl = bases.find((b) => b.base === request.base)?.url ?? "";
  const snippet = useMemo((): SnippetRequest | null => {
    const query = parseQueryLines(request.query);
    const headers = parseHeaderLines(request.headers);
    if (typeof query === "string" || typeof headers === "string") return null;
    const search = new URLSearchParams(query).toString();
    const rest = `${request.path.startsWith("/") ? "" : "/"}${request.path}${search ? `?${search}` : ""}`;
    return { method: request.method, base: request.base, url: `${baseUrl}${rest}`, rest, headers, body: request.body, tokenApiUrl };
  }, [request, baseUrl, tokenApiUrl]);
  const errors = state.fieldErrors ?? {};
  const offered = API_TEMPLATES.filter((t) => bases.some((b) => b.base === t.base));

  function pickTemplate(id: string) {
    const t = findTemplate(id);
    if (!t) return set({ templateId: "" });
    set({ templateId: t.id, method: t.method, base: t.base, path: t.path, query: queryText(t.query), body: t.body ?? "" });
  }

  return (
    <form action={formAction} className="space-y-4" data-action="send-api-call" aria-label="Call an API">
      <input type="hidden" name="templateId" value={request.templateId} />
      <Field id="runner-template" label="Template">
        <select id="runner-template" className={inputClass} value={request.templateId} onChange={(e) => pickTemplate(e.target.value)}>
          <option value="">Custom request</option>
          {[...new Set(offered.map((t) => t.product))].map((product) => (
            <optgroup key={product} label={product}>
              {offered
                .filter((t) => t.product === product)
                .map((t) => (
                  <option key={t.id} value={t.id}>
                    {product}: {t.title} — {t.scopes.join(", ")}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </Field>
      {missing.length > 0 && (
        <div
          role="status"
          data-testid="scope-warning"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-800 dark:bg-amber-950/40"
        >
          <p>
            This grant lacks <strong className="font-mono text-xs break-all">{missing.join(", ")}</strong>: Zoho will answer
            OAUTH_SCOPE_MISMATCH. You can still send it to see Zoho&apos;s answer.
          </p>
          <Link
            className="mt-2 inline-block text-indigo-700 underline dark:text-indigo-300"
            href={withScopes(authorizeHref, grantScopes, missing)}
          >
            Authorize again with {missing.length === 1 ? "this scope" : "these scopes"}
          </Link>
        </div>
      )}
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-[8rem_minmax(0,1fr)]">
        <Field id="runner-method" label="Method" errors={errors.method}>
          <select
            id="runner-method"
            name="method"
            className={inputClass}
            value={request.method}
            onChange={(e) => set({ method: e.target.value as ApiMethod })}
          >
            {API_METHODS.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </Field>
        <Field id="runner-base" label="Host" errors={errors.base}>
          <select
            id="runner-base"
            name="base"
            className={inputClass}
            value={request.base}
            onChange={(e) => set({ base: e.target.value as ApiBase })}
          >
            {bases.map((b) => (
              <option key={b.base} value={b.base}>
                {b.label} — {b.url}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <CodeField
        field="path"
        label="Path"
        hint="Under the host above; the host itself cannot be changed."
        errors={errors.path}
        value={request.path}
        onChange={(path) => set({ path })}
      />
      <div className="grid grid-cols-1 gap-4 md:grid-cols-2">
        <CodeField
          field="query"
          label="Query parameters"
          hint="One per line: name=value"
          rows={3}
          errors={errors.query}
          value={request.query}
          onChange={(query) => set({ query })}
        />
        <CodeField
          field="headers"
          label="Headers"
          hint="One per line: Name: value. The console adds Authorization."
          rows={3}
          errors={errors.headers}
          value={request.headers}
          onChange={(headers) => set({ headers })}
          placeholder="orgId: 123456"
        />
      </div>
      {request.method !== "GET" && request.method !== "DELETE" && (
        <CodeField field="body" label="JSON body" rows={5} errors={errors.body} value={request.body} onChange={(body) => set({ body })} />
      )}
      {snippet && (
        <div className="space-y-2">
          <p className="font-mono text-xs break-all" data-testid="runner-url">
            <span className="font-sans font-semibold">{request.method}</span> {snippet.url}
          </p>
          <div className="flex flex-wrap gap-2">
            <CopyButton value={snippet.url} label="Copy URL" />
            <CopyButton value={curlSnippet(snippet)} label="Copy as cURL" />
            <CopyButton value={nodeSnippet(snippet)} label="Copy as Node" />
            <CopyButton value={pythonSnippet(snippet)} label="Copy as Python" />
          </div>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingText="Sending…">Send</SubmitButton>
        <span className="text-xs text-muted">Sent by the console with a fresh access token; the token never reaches this page.</span>
      </div>
      <FormMessage state={state.result ? {} : state} />
      {state.result && <ApiAnswerView result={state.result} reauthorizeHref={(add) => withScopes(authorizeHref, grantScopes, add)} />}
    </form>
  );
}

/** A monospaced field of the runner: one line (the path) or several (query, headers, body). */
function CodeField({
  field,
  label,
  hint,
  rows,
  errors,
  value,
  onChange,
  placeholder,
}: {
  field: string;
  label: string;
  hint?: string;
  rows?: number;
  errors?: string[];
  value: string;
  onChange: (value: string) => void;
  placeholder?: string;
}) {
  const id = `runner-${field}`;
  const props = {
    id,
    name: field,
    className: `${inputClass} font-mono`,
    value,
    placeholder,
    spellCheck: false,
    "aria-describedby": describedBy(id, !!hint),
  };
  return (
    <Field id={id} label={label} hint={hint} errors={errors}>
      {rows ? (
        <textarea {...props} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input {...props} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
      )}
    </Field>
  );
}

const TYPED = ["templateId", "method", "base", "path", "query", "headers", "body"] as const;
function typedValues(values: Record<string, string> | undefined) {
  if (!values) return {};
  return Object.fromEntries(TYPED.filter((k) => typeof values[k] === "string").map((k) => [k, values[k]])) as Partial<
    RunnerInitial & { headers: string }
  >;
}

/** The builder for this client, with the grant's scopes and the missing ones (the builder reads ?scopes=). */
function withScopes(href: string, held: string[], add: string[]): string {
  const scopes = [...new Set([...held, ...add])].join(",");
  return `${href}${href.includes("?") ? "&" : "?"}scopes=${encodeURIComponent(scopes)}`;
}
