"use client";
import { useMemo } from "react";
import Link from "next/link";
import { JsonView } from "react-json-view-lite";
import { Badge } from "@/components/badge";
import { SubmitButton } from "@/components/submit-button";
import type { ApiCallResult } from "@/lib/api-calls/send-api-call";
import { JSON_STYLE } from "./json-style";

// Bodies up to this size are shown whole (JSON as a collapsible tree); a longer one shows its start, and
// the whole of what was received is a download.
const SHOWN_CHARS = 200_000;

// Zoho's answers are shallow ({users:[{…}]}, {data:[…], info:{…}}): the first levels open, deeper ones one press away.
const expandFirstLevels = (level: number) => level < 3;
const reauthorizeLabel = (added: number) =>
  added === 0 ? "Authorize again (add the scope in the builder)" : `Authorize again with ${added === 1 ? "this scope" : "these scopes"}`;
const tone = (status: number) => (status < 300 ? "green" : status < 400 ? "indigo" : status < 500 ? "amber" : "red");
const size = (bytes: number) =>
  bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

export function ApiAnswerView({ result, reauthorizeHref }: { result: ApiCallResult; reauthorizeHref: (addScopes: string[]) => string }) {
  const { answer, diagnosis } = result;
  return (
    <section aria-label="Zoho's answer" className="space-y-3 border-t border-zinc-200 pt-4 dark:border-zinc-800" data-testid="api-answer">
      <h3 className="flex flex-wrap items-center gap-2 text-sm font-semibold" tabIndex={-1}>
        {answer.ok ? <Badge tone={tone(answer.status)}>HTTP {answer.status}</Badge> : <Badge tone="red">No answer</Badge>}
        <span className="font-normal text-muted">
          {Math.round(answer.durationMs)} ms{answer.ok && ` · ${size(answer.bytes)}`}
        </span>
        <span className="min-w-0 font-mono text-xs font-normal break-all">
          {result.method} {result.url}
        </span>
      </h3>
      {diagnosis && (
        <div
          role="alert"
          data-testid="diagnosis"
          data-code={diagnosis.code}
          data-zoho-code={diagnosis.zohoCode ?? undefined}
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm dark:border-red-900 dark:bg-red-950/40"
        >
          <p className="font-semibold">
            {diagnosis.zohoCode && <span className="font-mono">{diagnosis.zohoCode}: </span>}
            {diagnosis.title}
          </p>
          <p className="mt-1">{diagnosis.explanation}</p>
          <p className="mt-1">
            <span className="font-medium">Fix:</span> {diagnosis.fix}
          </p>
          {diagnosis.next?.kind === "reauthorize" && (
            <Link
              className="mt-2 inline-block font-medium text-indigo-700 underline dark:text-indigo-300"
              href={reauthorizeHref(diagnosis.next.addScopes)}
            >
              {reauthorizeLabel(diagnosis.next.addScopes.length)}
            </Link>
          )}
          {diagnosis.next?.kind === "refresh-and-retry" && !result.retried && (
            <div className="mt-2">
              <SubmitButton name="retry" value="refresh" variant="secondary" pendingText="Refreshing and retrying…">
                Refresh the token and retry
              </SubmitButton>
            </div>
          )}
        </div>
      )}
      {answer.ok ? (
        <>
          {answer.truncated && (
            <p className="text-sm text-amber-800 dark:text-amber-300">
              Zoho&apos;s answer was larger than 5 MB: the runner kept the first 5 MB.
            </p>
          )}
          <details className="text-sm">
            <summary className="cursor-pointer">Response headers ({answer.headers.length})</summary>
            <dl className="mt-2 grid grid-cols-1 gap-x-4 font-mono text-xs sm:grid-cols-[auto_minmax(0,1fr)]">
              {answer.headers.map(([name, value], i) => (
                <div key={`${name}-${i}`} className="contents">
                  <dt className="text-muted">{name}</dt>
                  <dd className="mb-1 break-all sm:mb-0">{value}</dd>
                </div>
              ))}
            </dl>
          </details>
          <AnswerBody body={answer.body} contentType={answer.headers.find(([n]) => n.toLowerCase() === "content-type")?.[1] ?? ""} />
        </>
      ) : (
        <p className="text-sm">{answer.description}</p>
      )}
    </section>
  );
}

function AnswerBody({ body, contentType }: { body: string; contentType: string }) {
  const json = useMemo(() => {
    if (body.length > SHOWN_CHARS) return null;
    try {
      const value = JSON.parse(body) as unknown;
      return value && typeof value === "object" ? value : null;
    } catch {
      return null;
    }
  }, [body]);
  if (!body) return <p className="text-sm text-muted">No body.</p>;
  return (
    <div className="space-y-2">
      {json ? (
        <div className="overflow-x-auto rounded-md bg-zinc-50 p-3 font-mono text-xs dark:bg-zinc-950" data-testid="answer-json">
          <JsonView data={json} shouldExpandNode={expandFirstLevels} style={JSON_STYLE} aria-label="Answer body" />
        </div>
      ) : (
        <pre
          tabIndex={0}
          role="region"
          aria-label="Answer body"
          className="max-h-96 overflow-auto rounded-md bg-zinc-50 p-3 font-mono text-xs break-all whitespace-pre-wrap dark:bg-zinc-950"
          data-testid="answer-text"
        >
          {body.slice(0, SHOWN_CHARS)}
        </pre>
      )}
      {body.length > SHOWN_CHARS && (
        <p className="text-sm">
          Showing the first {SHOWN_CHARS.toLocaleString("en")} of {body.length.toLocaleString("en")} characters.{" "}
          <button type="button" className="text-indigo-700 underline dark:text-indigo-300" onClick={() => download(body, contentType)}>
            Download the whole body
          </button>
        </p>
      )}
    </div>
  );
}

/** Saves what was received as a file, from memory: the body is never stored on the server. */
function download(body: string, contentType: string) {
  const url = URL.createObjectURL(new Blob([body], { type: contentType || "text/plain" }));
  const link = Object.assign(document.createElement("a"), { href: url, download: "zoho-answer.txt" });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
