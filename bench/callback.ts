// Callback: what does the console add to Zoho's code exchange? End-to-end latency of /oauth/callback
// (record the callback, consume the state, exchange at the sandbox, read the user's profile, store the
// grant and its audit event) against the bare exchange at the sandbox's token endpoint, at 1 and 20
// concurrent. Grant codes come from the sandbox's consent form beforehand and are not timed; every
// callback has its own authorization state. Blocks alternate so that noise hits both sides alike.
//   BENCH_CALLBACKS=100   timed callbacks (and as many bare exchanges) per concurrency
import { fmt, intEnv, ratio, stats, type Row } from "./harness";
import { addSample, emptySample, load, type BenchSession, type Sample } from "./http";
import { callback, exchange, obtainCode, type Code } from "./sandbox-flow";
import type { FlowSeed } from "./seed-flows";

export const CALLBACKS = intEnv("BENCH_CALLBACKS", 100, 20, 2000);
export const CONCURRENCIES = [1, 20];
const ROUNDS = 4;
/** Authorization states the callback client needs: a warm-up batch and the timed callbacks, per concurrency. */
export const callbackStates = () => CONCURRENCIES.reduce((n, c) => n + c + CALLBACKS, 0);

export async function benchCallback(session: BenchSession, seed: FlowSeed): Promise<Row[]> {
  const client = seed.clients.callback;
  const states = [...client.states];
  const nextState = () => {
    const s = states.shift();
    if (!s) throw new Error("out of authorization states");
    return s;
  };
  // Codes for one batch, fetched before it starts (a code lives 60 s). Bare exchanges need no state.
  const codes = async (n: number, withStates: boolean) => {
    const out: { code: Code; state: string }[] = [];
    for (let i = 0; i < n; i++) {
      const state = withStates ? nextState() : "bench-exchange";
      out.push({ code: await obtainCode(session, client, seed.redirectUri, state), state });
    }
    return out;
  };
  const sides = {
    callback: async (batch: { code: Code; state: string }[], concurrency: number) =>
      load((i) => callback(session, batch[i].code, batch[i].state).then(() => undefined), {
        count: batch.length,
        concurrency,
        deadlineMs: 120_000,
      }),
    exchange: async (batch: { code: Code; state: string }[], concurrency: number) =>
      load((i) => exchange(session, client, seed.redirectUri, batch[i].code), { count: batch.length, concurrency, deadlineMs: 120_000 }),
  };
  const runBatch = async (side: keyof typeof sides, n: number, concurrency: number): Promise<Sample> =>
    sides[side](await codes(n, side === "callback"), concurrency);

  const rows: Row[] = [];
  let created = 0;
  for (const concurrency of CONCURRENCIES) {
    await runBatch("callback", concurrency, concurrency).then((s) => (created += s.ms.length));
    await runBatch("exchange", concurrency, concurrency);
    const acc = { callback: emptySample(), exchange: emptySample() };
    let left = CALLBACKS;
    for (let round = 0; left > 0; round++) {
      const perRound = Math.ceil(CALLBACKS / ROUNDS);
      const n = Math.min(left, Math.max(concurrency, Math.round(perRound / concurrency) * concurrency));
      left -= n;
      const order = round % 2 ? (["exchange", "callback"] as const) : (["callback", "exchange"] as const);
      for (const side of order) {
        // Batches of `concurrency`: all codes of a batch are fresh when it starts.
        for (let done = 0; done < n; done += concurrency) {
          const s = await runBatch(side, Math.min(concurrency, n - done), concurrency);
          addSample(acc[side], s);
          if (side === "callback") created += s.ms.length;
        }
      }
    }
    const cb = stats(acc.callback.ms);
    const ex = stats(acc.exchange.ms);
    const errors = acc.callback.errors + acc.exchange.errors;
    console.log(
      `callback c=${concurrency}: p50 ${fmt(cb.p50)} p99 ${fmt(cb.p99)} | bare exchange p50 ${fmt(ex.p50)} p99 ${fmt(ex.p99)} | ratio p50 ${ratio(cb.p50, ex.p50)} p99 ${ratio(cb.p99, ex.p99)}${errors ? ` | ${errors} failed` : ""}`,
    );
    rows.push({
      bench: "callback",
      case: `/oauth/callback vs bare exchange, concurrency ${concurrency}`,
      measured: `p50 ${fmt(cb.p50)} · p99 ${fmt(cb.p99)} (n=${cb.n})`,
      baseline: `p50 ${fmt(ex.p50)} · p99 ${fmt(ex.p99)} (n=${ex.n})`,
      ratio: `${ratio(cb.p50, ex.p50)} (p99 ${ratio(cb.p99, ex.p99)})`,
      note: errors ? `${acc.callback.errors} callbacks, ${acc.exchange.errors} exchanges failed` : undefined,
    });
  }
  // Every timed callback must have stored its grant: count them through the API.
  const stored = await countGrants(session, seed.apiKey, client.id);
  if (stored !== created)
    rows[rows.length - 1].note = `${rows[rows.length - 1].note ?? ""} ${stored} grants stored for ${created} callbacks answered!`.trim();
  console.log(`callback: ${created} callbacks answered, ${stored} grants stored`);
  return rows;
}

export async function countGrants(session: BenchSession, apiKey: string, clientId: string): Promise<number> {
  let count = 0;
  let cursor: string | null = null;
  do {
    const query: string = new URLSearchParams({ client: clientId, limit: "200", ...(cursor && { cursor }) }).toString();
    const response = await fetch(`${session.baseUrl}/api/v1/grants?${query}`, { headers: { authorization: `Bearer ${apiKey}` } });
    if (response.status !== 200) throw new Error(`GET /api/v1/grants: HTTP ${response.status} ${await response.text()}`);
    const page = (await response.json()) as { data: unknown[]; next_cursor: string | null };
    count += page.data.length;
    cursor = page.next_cursor;
  } while (cursor);
  return count;
}
