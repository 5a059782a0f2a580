import { z } from "zod";
import { PRODUCTS } from "@/lib/zoho/product-hosts";

// The runner's form. Query and headers are typed one per line ("name=value", "Name: value") as in
// Postman's bulk edit; the body is JSON. What may be sent (how many pairs, which headers, which paths) is
// the egress guard's to say (lib/zoho/api-target.ts, check-api-headers.ts): here only the form's shape.
export const MAX_BODY_BYTES = 256 * 1024;

export const API_BASES = ["api", "accounts", ...(Object.keys(PRODUCTS) as (keyof typeof PRODUCTS)[])] as const;
export const API_METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

const lines = (text: string) =>
  text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);

/** "name=value" lines into pairs (the value may be empty or hold "="); answers a problem for a bad line. */
export function parseQueryLines(text: string): [string, string][] | string {
  const pairs: [string, string][] = [];
  for (const line of lines(text)) {
    const eq = line.indexOf("=");
    const name = (eq < 0 ? line : line.slice(0, eq)).trim();
    if (!name) return `"${line.slice(0, 40)}" has no name before "="`;
    pairs.push([name, eq < 0 ? "" : line.slice(eq + 1).trim()]);
  }
  return pairs; // how many and which: lib/zoho/check-api-path.ts
}

/** "Name: value" lines into pairs; answers a problem for a bad line. */
export function parseHeaderLines(text: string): [string, string][] | string {
  const pairs: [string, string][] = [];
  for (const line of lines(text)) {
    const colon = line.indexOf(":");
    if (colon < 1) return `"${line.slice(0, 40)}" is not "Name: value"`;
    pairs.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return pairs; // how many and which: lib/zoho/check-api-headers.ts
}

const lineField = (parse: (text: string) => [string, string][] | string) =>
  z
    .string()
    .max(20_000, "Too long")
    .default("")
    .transform((text, ctx) => {
      const parsed = parse(text);
      if (typeof parsed === "string") {
        ctx.addIssue({ code: "custom", message: parsed });
        return z.NEVER;
      }
      return parsed;
    });

export const sendApiCallSchema = z
  .object({
    grantId: z.string(),
    method: z.enum(API_METHODS, "Pick a method"),
    base: z.enum(API_BASES, "Pick where the request goes"),
    path: z.string().trim().min(1, "Type the path, e.g. /crm/v8/users").max(2000, "At most 2,000 characters"),
    query: lineField(parseQueryLines),
    headers: lineField(parseHeaderLines),
    body: z
      .string()
      .default("")
      .refine((b) => new TextEncoder().encode(b).length <= MAX_BODY_BYTES, `At most ${MAX_BODY_BYTES / 1024} KB`),
    templateId: z.string().max(60).default(""),
    // "refresh": the answer was INVALID_TOKEN; refresh the token once (as a service's report would) and send again.
    retry: z.enum(["", "refresh"]).default(""),
  })
  .superRefine((v, ctx) => {
    if (!v.body.trim()) return;
    if (v.method === "GET" || v.method === "DELETE") {
      ctx.addIssue({ code: "custom", path: ["body"], message: `${v.method} requests carry no body: clear it or pick POST, PUT or PATCH` });
      return;
    }
    try {
      JSON.parse(v.body);
    } catch (error) {
      ctx.addIssue({ code: "custom", path: ["body"], message: `Not JSON: ${(error as Error).message.slice(0, 120)}` });
    }
  });
export type SendApiCallInput = z.output<typeof sendApiCallSchema>;
