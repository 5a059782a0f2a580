import type { Limit } from "@/lib/rate-limit/rate-limit";

// /unsubscribe/{token} is anonymous: per client address, 30 requests a minute (the link, its page and its
// POST count one each). Counted in memory (lib/rate-limit): a token is 256 random bits, so the limit only
// keeps a flood from costing lookups, and several instances each allowing 30 changes nothing.
export const UNSUBSCRIBE_LIMIT: Limit = { name: "unsubscribe", points: 30, perSeconds: 60, store: "memory" };
