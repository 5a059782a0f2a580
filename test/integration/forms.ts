// Reads a server-rendered form (marked data-action="…") and submits it the way a browser does before
// JavaScript loads: every field, including the hidden ones React renders for server actions.
import type { Session } from "./session";

/** `action`: where the form posts when it names a path (a route handler); server-action forms post to their page. */
export type HtmlForm = { fields: [string, string][]; action?: string };

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
export const decodeHtml = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

export function findForm(html: string, name: string): HtmlForm {
  const start = html.search(new RegExp(`<form\\b[^>]*data-action="${name}"`));
  if (start < 0) throw new Error(`no form "${name}" on the page`);
  const form = html.slice(start, html.indexOf("</form>", start));
  const fields: [string, string][] = [];
  for (const match of form.matchAll(/<(input|textarea)\b[^>]*>|<select\b[^>]*>[\s\S]*?<\/select>/g)) {
    const tag = match[0];
    const field = attr(tag, "name");
    if (!field || attr(tag, "type") === "submit") continue;
    if ((attr(tag, "type") === "checkbox" || attr(tag, "type") === "radio") && !/\schecked=""/.test(tag)) continue;
    let value = attr(tag, "value") ?? "";
    if (tag.startsWith("<select")) {
      const options = tag.match(/<option\b[^>]*>/g) ?? [];
      value = attr(options.find((o) => /\sselected=""/.test(o)) ?? options[0] ?? "", "value") ?? "";
    } else if (tag.startsWith("<textarea")) {
      value = /<textarea\b[^>]*>([\s\S]*?)<\/textarea>/.exec(form.slice(match.index))?.[1] ?? "";
    }
    fields.push([decodeHtml(field), decodeHtml(value)]);
  }
  const action = attr(/^<form\b[^>]*>/.exec(form)![0], "action");
  return action?.startsWith("/") ? { fields, action: decodeHtml(action) } : { fields };
}

/** React streams what suspends inside a page after the rest: a `<template id="P:n">` where it belongs, the content
 *  later in a hidden `<div id="S:n">` that a script moves into place. Puts every such part back where it goes, as the
 *  browser shows the page. */
export function inlineStreamed(html: string): string {
  const parts = new Map<string, string>();
  let out = html.replace(
    /<div hidden id="S:(\d+)">([\s\S]*?)<\/div><script\b[^>]*>[^<]*?\$RS\("S:\1","P:\1"\)<\/script>/g,
    (_, id: string, body: string) => {
      parts.set(id, body);
      return "";
    },
  );
  // A part may hold placeholders of its own.
  for (let before = ""; before !== out;) {
    before = out;
    out = out.replace(/<template id="P:(\d+)"><\/template>/g, (placeholder, id: string) => parts.get(id) ?? placeholder);
  }
  return out;
}

/** The first form `name` after `marker` (a row's data attribute) on the page as the browser shows it. */
export function findFormAfter(html: string, marker: string, name: string): HtmlForm {
  const shown = inlineStreamed(html);
  const at = shown.indexOf(marker);
  if (at < 0) throw new Error(`no ${marker} on the page`);
  return findForm(shown.slice(at), name);
}

/** The form `name` that carries a field with this value (one member's row of many): the page streams parts of
 *  its rows after the rest, so a form need not follow the text it sits beside in the HTML. */
export function findFormWith(html: string, name: string, value: string): HtmlForm {
  for (const match of html.matchAll(new RegExp(`<form\\b[^>]*data-action="${name}"`, "g"))) {
    const rest = html.slice(match.index);
    if (rest.slice(0, rest.indexOf("</form>")).includes(`value="${value}"`)) return findForm(rest, name);
  }
  throw new Error(`no form "${name}" with a field of value ${value} on the page`);
}

/** Posts the form where a browser would (its action, else the page it came from), with some fields replaced. */
export async function submitForm(session: Session, pageUrl: string, form: HtmlForm, values: Record<string, string> = {}) {
  const body = new FormData();
  const seen = new Set<string>();
  for (const [name, value] of form.fields) {
    if (name in values) {
      if (!seen.has(name)) body.append(name, values[name]);
      seen.add(name);
    } else body.append(name, value);
  }
  for (const [name, value] of Object.entries(values)) if (!seen.has(name)) body.append(name, value);
  return session.fetch(form.action ?? pageUrl, { method: "POST", body });
}

/** Matches a ticked checkbox or radio of this value as React renders it (attribute order aside). */
export const checked = (value: string) =>
  new RegExp(`<input\\b(?=[^>]*\\schecked="")(?=[^>]*\\svalue="${value.replace(/\./g, "\\.")}")[^>]*>`);
