// How big a request body may be. Every form and endpoint here takes a few kilobytes; 1 MB leaves
// room for pasted text without letting anyone make the server hold big bodies. It is also Next's own
// limit for server actions (set from here in next.config.ts): Next ends a bigger action body in a
// 500, so the proxy refuses it first with a 413 (refuse-oversized-body.ts) and the two always agree.
export const BODY_LIMIT_BYTES = 1024 * 1024;

// Route handlers that read their body themselves, with their own limit and their own message.
// The registry import: files up to 5 MB (lib/clients/transfer/import-file-limit.ts).
export const OWN_LIMIT_PATHS: RegExp[] = [/^\/w\/[^/]+\/clients\/transfer\/import$/];
