import "server-only";
import { actorId, allow, type Ctx, type RequestMeta } from "@/lib/auth/context";
import { pickClientSecret } from "@/lib/clients/pick-client-secret";
import { TOKEN_ERROR_HINTS } from "@/lib/callbacks/outcomes";
import { sandboxOrigins } from "@/lib/config/app-origin";
import { unseal } from "@/lib/crypto/keyring";
import { db } from "@/lib/db";
import { matchAccountsServer, type AllowedAccountsServer } from "@/lib/zoho/match-accounts-server";
import { pollDeviceToken } from "@/lib/zoho/poll-device-token";
import { userLocationServer } from "@/lib/zoho/user-location-server";
import { DEVICE_VIEW_SELECT, toDeviceView } from "./device-view";
import { endDeviceAuthorization } from "./end-device-authorization";
import { isPassingError, isThrottled, schedulePoll, type PollPace } from "./schedule-poll";
import { storeDeviceGrant } from "./store-device-grant";

type Meta = RequestMeta;
type Loaded = NonNullable<Awaited<ReturnType<typeof load>>>;

// A poll holds the authorization this long (longer than a poll's 10 s timeout), so tabs and console
// instances never poll Zoho twice at once; the answer then sets the real next moment.
const HOLD_MS = 15_000;

// The browser asks; the console polls Zoho only when Zoho's interval has passed since its last answer,
// one poll at a time, and moves the authorization on with the answer. Answers the view (no device code),
// or null: a device authorization is its starter's alone (get-device-authorization.ts).
export async function pollDeviceAuthorization(ctx: Ctx, { id }: { id: string }) {
  allow(ctx, "authorize");
  const userId = actorId(ctx);
  if (!userId) return null;
  const row = await load({ workspaceId: ctx.workspace.id, userId, id });
  if (!row) return null;
  if (row.status === "PENDING") await step(row, ctx.meta);
  const after = await db.deviceAuthorization.findUnique({ where: { id: row.id }, select: DEVICE_VIEW_SELECT });
  return after && toDeviceView(after);
}

function load({ workspaceId, userId, id }: { workspaceId: string; userId: string; id: string }) {
  return db.deviceAuthorization.findFirst({
    where: { id, workspaceId, userId },
    select: {
      id: true,
      workspaceId: true,
      clientId: true,
      userId: true,
      status: true,
      location: true,
      accountsServer: true,
      scopes: true,
      deviceCodeCipher: true,
      intervalSeconds: true,
      expiresAt: true,
      nextPollAt: true,
      client: {
        select: { zohoClientId: true, provider: true, secretCipher: true, dcSecrets: { select: { location: true, secretCipher: true } } },
      },
    },
  });
}

async function step(row: Loaded, meta: Meta) {
  const now = new Date();
  // The console knows the code's lifetime: past it, no poll is spent to hear "expired".
  if (row.expiresAt <= now)
    return endDeviceAuthorization(
      { meta },
      {
        row,
        end: {
          status: "EXPIRED",
          lastAnswer: "expired",
          reason: "Nobody entered the code in time: it expired. Start again for a new code.",
        },
      },
    );
  if (row.nextPollAt > now) return;
  const { count } = await db.deviceAuthorization.updateMany({
    where: { id: row.id, status: "PENDING", nextPollAt: row.nextPollAt },
    data: { nextPollAt: new Date(now.getTime() + HOLD_MS), polls: { increment: 1 } },
  });
  if (count !== 1) return;
  await pollZoho(row, meta);
}

async function pollZoho(row: Loaded, meta: Meta) {
  const fail = (lastAnswer: string, reason: string) =>
    endDeviceAuthorization({ meta }, { row, end: { status: "FAILED", lastAnswer, reason } });
  // The stored server is checked again before the secret goes anywhere: a row is not a permission.
  const server = matchAccountsServer(row.accountsServer, sandboxOrigins());
  if (!server || server.provider !== row.client.provider)
    return fail("accounts_server_not_allowed", `${row.accountsServer.slice(0, 200)} is not an allowed accounts server for this client.`);
  // Multi-DC clients may have a separate secret for the user's data centre.
  const secretCipher = pickClientSecret(row.client, server.location);
  if (!secretCipher)
    return fail(
      "no_secret",
      "The client has no secret in the console, and Zoho's polling request needs it. Add it on the client's page, then start again.",
    );

  const answer = await pollDeviceToken(
    server,
    { clientId: row.client.zohoClientId, clientSecret: unseal(secretCipher) },
    unseal(row.deviceCodeCipher),
  );
  const answeredAt = new Date();
  switch (answer.kind) {
    case "pending":
      return reschedule(row, answeredAt, "as_asked", "authorization_pending");
    case "slow_down":
      return reschedule(row, answeredAt, "slow_down", "slow_down");
    case "other_dc":
      return moveTo(row, server, answer.userLocation, answeredAt, meta);
    case "denied":
      return endDeviceAuthorization(
        { meta },
        {
          row,
          end: { status: "DENIED", lastAnswer: "access_denied", reason: "The person at the verification page pressed Reject." },
        },
      );
    case "expired":
      return endDeviceAuthorization(
        { meta },
        {
          row,
          end: {
            status: "EXPIRED",
            lastAnswer: "expired",
            reason: "Zoho says the code expired before anyone answered. Start again for a new code.",
          },
        },
      );
    case "tokens":
      return storeDeviceGrant({ meta }, { row, server, tokens: answer.tokens });
    case "error":
      if (isPassingError(answer.error, answer.status))
        return reschedule(row, answeredAt, isThrottled(answer.error) ? "throttled" : "as_asked", answer.error);
      return fail(answer.error, TOKEN_ERROR_HINTS[answer.error] ?? answer.description ?? `Zoho answered ${answer.error}.`);
  }
}

async function reschedule(row: Loaded, answeredAt: Date, pace: PollPace, lastAnswer: string) {
  const next = schedulePoll(answeredAt, row.intervalSeconds, pace);
  await db.deviceAuthorization.updateMany({ where: { id: row.id, status: "PENDING" }, data: { ...next, lastAnswer } });
}

// other_dc: the user consented from another data centre; the next polls go there — only when Zoho's
// words name one of its data centres (user-location-server.ts). Anything else ends it, unsent.
async function moveTo(row: Loaded, server: AllowedAccountsServer, userLocation: string, answeredAt: Date, meta: Meta) {
  const next = userLocationServer(userLocation, server);
  if (!next) {
    return endDeviceAuthorization(
      { meta },
      {
        row,
        end: {
          status: "FAILED",
          lastAnswer: "other_dc",
          reason: `Zoho's answer named "${userLocation.slice(0, 80)}" as the user's data centre, which is not a data centre this client can use. The console did not follow it, and sent the client secret nowhere.`,
        },
      },
    );
  }
  const { nextPollAt } = schedulePoll(answeredAt, row.intervalSeconds, "as_asked");
  await db.deviceAuthorization.updateMany({
    where: { id: row.id, status: "PENDING" },
    data: { location: next.location, accountsServer: next.url, nextPollAt, lastAnswer: `other_dc (${next.location})` },
  });
}
