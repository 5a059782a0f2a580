"use client";
import { buttonClass } from "@/components/button-class";
import { inputClass } from "@/components/field";

// Which of the user's workspaces the sandbox console works for: a plain GET form (works before
// JavaScript loads), submitted as soon as another workspace is chosen.
export function WorkspacePicker({ current, workspaces }: { current: string; workspaces: { slug: string; name: string }[] }) {
  return (
    <form method="get" action="/sandbox/console" className="flex flex-wrap items-end gap-2" data-action="sandbox-workspace">
      <div className="space-y-1.5">
        <label htmlFor="sandbox-workspace" className="block text-sm font-medium">
          Workspace
        </label>
        <select
          id="sandbox-workspace"
          name="workspace"
          defaultValue={current}
          className={inputClass}
          onChange={(e) => e.currentTarget.form?.requestSubmit()}
        >
          {workspaces.map((w) => (
            <option key={w.slug} value={w.slug}>
              {w.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass("secondary")}>
        Switch
      </button>
    </form>
  );
}
