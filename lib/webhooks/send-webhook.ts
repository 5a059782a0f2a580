import "server-only";
import { Webhook } from "standardwebhooks";
import { Agent, request } from "undici";
import { checkEgress } from "./check-egress";
import { PRIVATE_ADDRESS, publicAddressLookup } from "@/lib/http/public-address";

// One signed POST to an endpoint (issue 17). Standard Webhooks (https://www.standardwebhooks.com/,
// spec/standard-webhooks.md "Webhook headers"): `webhook-id` (the same for every retry), `webhook-timestamp`
// (this attempt, in seconds) and `webhook-signature`, made by the `standardwebhooks` package's own
// `Webhook.sign` over `{id}.{timestamp}.{body}` — the exact bytes sent. 10 s for the whole exchange, no
// redirect followed (a 3xx is a failure, as the spec says), the egress rules checked before the request and
// again on the address connected to. Only the first 1 KB of the answer is read.
export const TIMEOUT_MS = 10_000;
export const SNIPPET_BYTES = 1024;

export type SendResult = { status: number | null; latencyMs: number; error: string | null; snippet: string | null };

const agents = new Map<boolean, Agent>();
function agentFor(allowLoopback: boolean): Agent {
  let agent = agents.get(allowLoopback);
  if (!agent) {
    agent = new Agent({
      connect: { lookup: publicAddressLookup({ allowLoopback }), timeout: TIMEOUT_MS },
      headersTimeout: TIMEOUT_MS,
      bodyTimeout: TIMEOUT_MS,
    });
    agents.set(allowLoopback, agent);
  }
  return agent;
}

export async function sendWebhook(
  target: { url: string; secret: string; sandbox: boolean },
  message: { msgId: string; body: string },
): Promise<SendResult> {
  const started = performance.now();
  const latency = () => Math.round(performance.now() - started);
  const egress = await checkEgress(target.url, { sandbox: target.sandbox });
  if (!egress.ok) return { status: null, latencyMs: latency(), error: `Refused: ${egress.reason}.`, snippet: null };
  const at = new Date();
  const signature = new Webhook(target.secret).sign(message.msgId, at, message.body);
  try {
    const answer = await request(egress.url, {
      method: "POST",
      dispatcher: agentFor(target.sandbox),
      signal: AbortSignal.timeout(TIMEOUT_MS),
      headers: {
        "content-type": "application/json",
        "user-agent": "zoho-oauth-console-webhooks/1",
        "webhook-id": message.msgId,
        "webhook-timestamp": String(Math.floor(at.getTime() / 1000)),
        "webhook-signature": signature,
      },
      body: message.body,
    });
    const snippet = await firstBytes(answer.body);
    return { status: answer.statusCode, latencyMs: latency(), error: null, snippet };
  } catch (error) {
    return { status: null, latencyMs: latency(), error: describe(error), snippet: null };
  }
}

async function firstBytes(body: AsyncIterable<Buffer> & { destroy(): void }): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    chunks.push(chunk);
    size += chunk.length;
    if (size >= SNIPPET_BYTES) break;
  }
  body.destroy();
  return Buffer.concat(chunks).subarray(0, SNIPPET_BYTES).toString("utf8");
}

function describe(error: unknown): string {
  const e = error as { code?: string; name?: string; message?: string; cause?: { code?: string; message?: string } };
  const code = e.cause?.code ?? e.code;
  if (code === PRIVATE_ADDRESS) return `Refused at connect time: ${e.cause?.message ?? e.message}`;
  if (e.name === "TimeoutError" || e.name === "AbortError" || code === "UND_ERR_HEADERS_TIMEOUT" || code === "UND_ERR_CONNECT_TIMEOUT")
    return `No answer within ${TIMEOUT_MS / 1000} s.`;
  return `Could not connect (${code ?? e.message?.slice(0, 80) ?? "network error"}).`;
}
