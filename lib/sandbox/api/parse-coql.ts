import type { CrmDetails, CrmErrorCode } from "./crm-errors";

// The sandbox's COQL: a small, honest subset of Zoho CRM's Query API
// (https://www.zoho.com/crm/developer/docs/api/v8/COQL-Overview.html):
//   select <field>[, <field>…] from <Module> [where <field> = '<value>' | <field> like '<pattern>']
//     [limit <n> [offset <m>] | limit <m>, <n>]
// Keywords in any case (COQL's are not case-sensitive); '' escapes a quote inside a value (Kaizen #171,
// https://help.zoho.com/portal/en/community/topic/kaizen-171-faqs-on-coql-api); LIMIT defaults to 200 and at
// most 2,000, OFFSET 0 and LIMIT + OFFSET at most 100,000 (COQL-Limitations, v8). Everything else Zoho's COQL
// has (and, or, other comparators, order by, group by, joins, aggregates) answers SYNTAX_ERROR here:
// the sandbox does not pretend to run a query it does not understand.
export type CoqlQuery = {
  fields: string[];
  module: string;
  where: { field: string; op: "=" | "like"; value: string } | null;
  limit: number;
  offset: number;
};
export type CoqlError = { code: CrmErrorCode; details: CrmDetails };

export const MAX_QUERY_LENGTH = 10_000;
export const DEFAULT_LIMIT = 200;
export const MAX_LIMIT = 2000;
export const MAX_REACH = 100_000;

const CLAUSES = new Set(["select", "from", "where", "limit", "offset", "like"]);
type Token = { kind: "word" | "number" | "string" | "punct"; text: string; at: number };

function tokenize(query: string): Token[] | CoqlError {
  const tokens: Token[] = [];
  let i = 0;
  while (i < query.length) {
    const c = query[i];
    if (/\s/.test(c)) {
      i++;
    } else if (/[A-Za-z_]/.test(c)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(query.slice(i))![0];
      tokens.push({ kind: "word", text: word, at: i });
      i += word.length;
    } else if (/[0-9]/.test(c)) {
      const digits = /^[0-9]+/.exec(query.slice(i))![0];
      tokens.push({ kind: "number", text: digits, at: i });
      i += digits.length;
    } else if (c === "'") {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= query.length) return syntaxError(query.slice(i, i + 20), i);
        if (query[j] === "'" && query[j + 1] === "'") {
          value += "'";
          j += 2;
        } else if (query[j] === "'") break;
        else value += query[j++];
      }
      tokens.push({ kind: "string", text: value, at: i });
      i = j + 1;
    } else if (",=;".includes(c)) {
      tokens.push({ kind: "punct", text: c, at: i });
      i++;
    } else {
      return syntaxError(c, i);
    }
  }
  return tokens;
}

const syntaxError = (near: string, at: number): CoqlError => ({
  code: "SYNTAX_ERROR",
  details: { near: near.slice(0, 50), column: at + 1 },
});

export function parseCoql(query: string): CoqlQuery | CoqlError {
  if (query.length > MAX_QUERY_LENGTH || query.includes("\u0000")) return syntaxError(query.slice(0, 20), 0);
  const tokens = tokenize(query);
  if (!Array.isArray(tokens)) return tokens;
  let at = 0;
  const peek = () => tokens[at];
  const keyword = (word: string) => peek()?.kind === "word" && peek().text.toLowerCase() === word;
  const fail = (): CoqlError => {
    const t = peek();
    return t ? syntaxError(t.text, t.at) : syntaxError("end of query", query.length);
  };
  const name = () => (peek()?.kind === "word" ? tokens[at++].text : null);
  const number = () => (peek()?.kind === "number" ? tokens[at++].text : null);

  if (!keyword("select")) return fail();
  at++;
  const fields: string[] = [];
  for (;;) {
    const t = peek();
    if (t?.kind !== "word" || CLAUSES.has(t.text.toLowerCase())) return fail();
    fields.push(t.text);
    at++;
    if (peek()?.text !== ",") break;
    at++;
  }
  if (!keyword("from")) return fail();
  at++;
  const moduleName = name();
  if (!moduleName) return fail();

  let where: CoqlQuery["where"] = null;
  if (keyword("where")) {
    at++;
    const field = name();
    if (!field) return fail();
    let op: "=" | "like";
    if (peek()?.text === "=") op = "=";
    else if (keyword("like")) op = "like";
    else return fail();
    at++;
    if (peek()?.kind !== "string") return fail();
    where = { field, op, value: tokens[at++].text };
  }

  let limit = DEFAULT_LIMIT;
  let offset = 0;
  if (keyword("limit")) {
    at++;
    const first = number();
    if (first === null) return fail();
    if (peek()?.text === ",") {
      at++;
      const second = number();
      if (second === null) return fail();
      [offset, limit] = [toCount(first), toCount(second)];
    } else {
      limit = toCount(first);
      if (keyword("offset")) {
        at++;
        const off = number();
        if (off === null) return fail();
        offset = toCount(off);
      }
    }
    if (limit < 1 || limit > MAX_LIMIT) return { code: "LIMIT_EXCEEDED", details: { limit: MAX_LIMIT } };
    if (limit + offset > MAX_REACH) return { code: "LIMIT_EXCEEDED", details: { limit: MAX_REACH } };
  }
  if (peek()?.text === ";") at++;
  if (at < tokens.length) return fail();
  return { fields, module: moduleName, where, limit, offset };
}

// Digits past 9 are out of any range COQL accepts anyway: counted as "too many" without parsing them.
const toCount = (digits: string) => (digits.length > 9 ? Number.MAX_SAFE_INTEGER : Number(digits));

/** Whether a value matches a COQL `like` pattern: % at either end for starts with, ends with, contains. */
export function matchesLike(value: string, pattern: string): boolean {
  const v = value.toLowerCase();
  const p = pattern.toLowerCase();
  const starts = p.startsWith("%");
  const ends = p.endsWith("%") && p.length > 1;
  const core = p.slice(starts ? 1 : 0, ends ? -1 : undefined);
  if (starts && ends) return v.includes(core);
  if (starts) return v.endsWith(core);
  if (ends) return v.startsWith(core);
  return v === core;
}
