"use client";
import { useState } from "react";
import { toast } from "sonner";
import { buttonClass } from "@/components/button-class";
import { exportRowCounter } from "./export-row-counter";

type Progress = { done: number; total: number };

// A download link that, with JavaScript, streams the export itself to show how far it got: the
// server sends the row count first (X-Total-Count) and one row per line (the audit trail's and the
// grants' exports). Without JavaScript it is a plain download.
export function ExportLink({ href, label, noun }: { href: string; label: string; noun: "event" | "grant" }) {
  const [progress, setProgress] = useState<Progress | null>(null);

  async function run(event: React.MouseEvent<HTMLAnchorElement>) {
    event.preventDefault();
    if (progress) return;
    setProgress({ done: 0, total: 0 });
    try {
      const response = await fetch(href);
      if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
      const total = Number(response.headers.get("x-total-count")) || 0;
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "export";
      const rows = exportRowCounter(name.endsWith(".json") ? "json" : "csv");
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let shown = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        rows.push(value);
        if (performance.now() - shown > 100) {
          shown = performance.now();
          setProgress({ done: Math.min(rows.count, total), total });
        }
      }
      const file = new Blob(chunks, { type: response.headers.get("content-type") ?? "application/octet-stream" });
      const url = URL.createObjectURL(file);
      const a = Object.assign(document.createElement("a"), { href: url, download: name });
      document.body.append(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      toast.success(`Exported ${rows.count.toLocaleString("en")} ${noun}${rows.count === 1 ? "" : "s"} to ${name}`);
    } catch (error) {
      toast.error(`The export failed (${error instanceof Error ? error.message : "network error"}); try again.`);
    } finally {
      setProgress(null);
    }
  }

  const percent = progress && progress.total ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <span className="inline-flex items-center gap-2">
      <a
        className={buttonClass("secondary")}
        href={href}
        onClick={run}
        aria-busy={!!progress}
        data-testid={`export-${label.toLowerCase().replace(/\s+/g, "-")}`}
      >
        {progress ? `Exporting… ${percent}%` : label}
      </a>
      {progress && (
        <span className="flex items-center gap-2 text-xs text-muted" role="status">
          <progress className="h-2 w-24" max={progress.total || 1} value={progress.done} aria-label="Export progress" />
          {progress.done.toLocaleString("en")} of {progress.total.toLocaleString("en")}
        </span>
      )}
    </span>
  );
}
