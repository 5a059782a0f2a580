import type { RunnerBase } from "./runner-bases";
import { API_METHODS } from "./schemas";
import { API_TEMPLATES, findTemplate, queryText, type ApiBase, type ApiMethod } from "./templates";

export type RunnerInitial = { templateId: string; method: ApiMethod; base: ApiBase; path: string; query: string; body: string };

/** The runner's starting request from its page's address: a template by id, or what a history row's "Run again" carried. */
export function runnerInitial(params: Record<string, string | string[] | undefined>, bases: RunnerBase[]): RunnerInitial {
  const param = (name: string) => (typeof params[name] === "string" ? params[name] : undefined);
  const path = param("path");
  const template = findTemplate(param("template")) ?? (path ? null : API_TEMPLATES.find((t) => t.id === "crm-current-user")!);
  if (template && bases.some((b) => b.base === template.base))
    return {
      templateId: template.id,
      method: template.method,
      base: template.base,
      path: template.path,
      query: queryText(template.query),
      body: template.body ?? "",
    };
  return {
    templateId: "",
    method: API_METHODS.find((m) => m === param("method")) ?? "GET",
    base: bases.find((b) => b.base === param("base"))?.base ?? "api",
    path: path?.slice(0, 2000) || "/",
    query: param("query")?.slice(0, 20_000) ?? "",
    body: "",
  };
}
