// The scale benchmark's data, written straight to the database before the console opens it (PGlite is
// single-process): one owner with 11 other members, and two workspaces made by the same
// deterministic recipe (seeded PRNG) that differ only in size — "small" and "large", 100× apart by
// default: clients (1–2 redirect URIs each), grants spread over the clients, and an audit trail
// with a valid hash chain. Grants and audit events are bulk-inserted with multi-row INSERTs
// (unnest of column arrays); the chain's hashes are computed here in batches (lib/audit/audit-hash.ts).
// Each workspace holds one "needle" client whose name contains NEEDLE, for the search cases.
import { randomBytes } from "node:crypto";
import bcrypt from "bcryptjs";
import { newApiKey } from "../lib/api-keys/key-format";
import { auditHash } from "../lib/audit/audit-hash";
import { createKeyring, encrypt } from "../lib/crypto/envelope";
import { foldTally } from "../lib/grants/fold-tally";
import type { Prisma, PrismaClient } from "../lib/generated/prisma/client";
import { openDb } from "../scripts/open-db";
import { prng } from "../test/prng";

export const NEEDLE = "Halvorsen";
export const BENCH_EMAIL = "bench@bench.test";
export const BENCH_PASSWORD = "correct horse battery staple";

export type Sizes = { clients: number; grants: number; audit: number };
export type WorkspaceSeed = {
  key: "small" | "large";
  slug: string;
  id: string;
  apiKey: string;
  clients: number;
  active: number;
  grants: number;
  auditEvents: number;
  /** Ids the filter cases use: the needle client, one of its grants, a member who acts now and then. */
  needleClientId: string;
  needleGrantId: string;
  actorId: string;
  rareAction: string;
  /** A week in the middle of the audit trail (YYYY-MM-DD). */
  week: { from: string; to: string };
  /** 13 weeks from the same day: long enough that one member made some grants in it in the small workspace too. */
  quarter: { from: string; to: string };
};
export type BenchSeed = { email: string; password: string; workspaces: Record<"small" | "large", WorkspaceSeed> };

const COMPANIES = [
  "Acme",
  "Northwind",
  "Contoso",
  "Globex",
  "Initech",
  "Umbrella",
  "Stark",
  "Wayne",
  "Tyrell",
  "Soylent",
  "Vandelay",
  "Hooli",
  "Pied Piper",
  "Wonka",
  "Cyberdyne",
  "Aperture",
  "Gringotts",
  "Oscorp",
  "Monarch",
  "Duff",
  "Blue Sun",
  "Massive Dynamic",
  "Prestige",
  "Sterling Cooper",
  "Dunder Mifflin",
  "Los Pollos",
  "Krusty",
  "Bluth",
  "Nakatomi",
  "Weyland",
  "Zorg",
  "Ollivander",
  "Fabrikam",
  "Litware",
  "Proseware",
  "Tailspin",
  "Woodgrove",
  "Adventure Works",
  "Lucerne",
  "Wingtip",
] as const;
const PRODUCTS = [
  "CRM",
  "Books",
  "Desk",
  "Projects",
  "People",
  "Inventory",
  "Mail",
  "Analytics",
  "Creator",
  "Sign",
  "Campaigns",
  "Invoice",
  "Expense",
  "Recruit",
  "WorkDrive",
  "Cliq",
  "Bigin",
] as const;
const PURPOSES = [
  "sync",
  "connector",
  "webhook relay",
  "nightly export",
  "reporting",
  "backup",
  "mobile app",
  "integration",
  "ETL",
  "importer",
  "bot",
  "dashboard",
  "billing bridge",
] as const;
const SUFFIXES = ["", "", "", "", " v2", " (EU)", " (staging)", " – legacy", " 2025", " beta"] as const;
const TYPES = ["SERVER", "SERVER", "SELF", "MOBILE"] as const;
const DCS = ["us", "eu", "in", "au"] as const;
const ENVIRONMENTS = ["PRODUCTION", "PRODUCTION", "DEVELOPMENT", "DEVELOPMENT", "SANDBOX"] as const;
const HOSTS = ["app", "api", "integrations", "hooks", "sync"] as const;
const UPPER_ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const ID_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789";
const DAY = 86_400_000;

type ClientRow = Prisma.OAuthClientCreateManyInput;
type UriRow = Prisma.RedirectUriCreateManyInput;

function generateClients(count: number, seed: number, workspaceId: string, createdById: string, secretCipher: string) {
  const r = prng(seed);
  const now = Date.now();
  const clients: ClientRow[] = [];
  const uris: UriRow[] = [];
  const needleAt = Math.floor(count / 2);
  for (let i = 0; i < count; i++) {
    const company = r.pick(COMPANIES);
    const name =
      i === needleAt ? `${NEEDLE} Logistics Desk tickets sync` : `${company} ${r.pick(PRODUCTS)} ${r.pick(PURPOSES)}${r.pick(SUFFIXES)}`;
    const type = r.pick(TYPES);
    const homeDc = r.pick(DCS);
    const others = DCS.filter((d) => d !== homeDc);
    const enabledDcs = type !== "SELF" && r.next() < 0.2 ? [r.pick(others)] : [];
    const createdAt = new Date(now - Math.floor(r.next() * 730 * DAY));
    const archived = r.next() < 0.1;
    const id = `c${r.chars(ID_CHARS, 24)}`;
    clients.push({
      id,
      workspaceId,
      name,
      createdById,
      type,
      homeDc,
      enabledDcs,
      createdAt,
      updatedAt: createdAt,
      zohoClientId: `1000.${r.chars(UPPER_ALNUM, 30)}`,
      provider: r.next() < 0.1 ? "SANDBOX" : "ZOHO",
      environment: r.pick(ENVIRONMENTS),
      defaultScopes: ["AaaServer.profile.READ", `Zoho${r.pick(PRODUCTS)}.modules.ALL`],
      secretCipher,
      secretLast4: r.chars(UPPER_ALNUM.toLowerCase(), 4),
      archivedAt: archived ? new Date(createdAt.getTime() + Math.floor(r.next() * (now - createdAt.getTime()))) : null,
    });
    const slug = company.toLowerCase().replace(/[^a-z]+/g, "-");
    const host = `https://${r.pick(HOSTS)}.${slug}.example`;
    uris.push({ id: `r${r.chars(ID_CHARS, 24)}`, clientId: id, uri: `${host}/oauth/callback` });
    if (r.next() < 0.5)
      uris.push({ id: `r${r.chars(ID_CHARS, 24)}`, clientId: id, uri: `http://localhost:${3000 + (i % 50)}/oauth/callback` });
  }
  return { clients, uris, active: clients.filter((c) => !c.archivedAt).length };
}

const ACCOUNTS: Record<string, { accounts: string; api: string }> = {
  us: { accounts: "https://accounts.zoho.com", api: "https://www.zohoapis.com" },
  eu: { accounts: "https://accounts.zoho.eu", api: "https://www.zohoapis.eu" },
  in: { accounts: "https://accounts.zoho.in", api: "https://www.zohoapis.in" },
  au: { accounts: "https://accounts.zoho.com.au", api: "https://www.zohoapis.com.au" },
};
const FIRST = ["ava", "noah", "mia", "liam", "zoe", "omar", "lena", "ivan", "sara", "yuki", "ines", "tom", "ravi", "ella", "hugo"] as const;
const STATUSES = ["ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "REVOKED", "INVALID"] as const;
const AGENTS = [
  "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Safari/605.1.15",
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36",
  "curl/8.7.1",
  null,
] as const;
const BATCH = 5000;

type Grant = { id: string; clientId: string; createdAt: Date };
type Client = { id: string; name: string; homeDc: string; createdAt: Date };

/** Grants spread over the clients at random, as column arrays for one INSERT per batch. */
async function insertGrants(
  db: PrismaClient,
  r: ReturnType<typeof prng>,
  count: number,
  workspaceId: string,
  clients: Client[],
  creators: string[],
  cipher: string,
) {
  const grants: Grant[] = [];
  const people = Math.max(10, Math.floor(count / 20));
  for (let start = 0; start < count; start += BATCH) {
    const cols: (string | null)[][] = Array.from({ length: 18 }, () => []);
    for (let i = start; i < Math.min(count, start + BATCH); i++) {
      const client = r.pick(clients);
      const createdAt = new Date(client.createdAt.getTime() + Math.floor(r.next() * (Date.now() - client.createdAt.getTime())));
      const id = `g${r.chars(ID_CHARS, 24)}`;
      const person = Math.floor(r.next() * people);
      const dc = ACCOUNTS[client.homeDc];
      const status = r.pick(STATUSES);
      grants.push({ id, clientId: client.id, createdAt });
      const row = [
        id,
        client.id,
        client.homeDc,
        dc.accounts,
        dc.api,
        `AaaServer.profile.READ,Zoho${r.pick(PRODUCTS)}.modules.ALL`,
        status === "ACTIVE" ? cipher : null,
        r.chars(ID_CHARS, 4),
        String(700_000_000 + person),
        `${FIRST[person % FIRST.length]}.${person}@customer${person % 97}.example`,
        status,
        r.pick(creators),
        createdAt.toISOString(),
        r.next() < 0.2 ? `${r.pick(PURPOSES)} account` : "",
        status === "ACTIVE" ? new Date(Date.now() + Math.floor(r.next() * 3_600_000)).toISOString() : null,
        // Last use: 70 % used some time after creation (through the token API), the rest never; 5 % org-wide.
        ...(r.next() < 0.7
          ? [new Date(createdAt.getTime() + Math.floor(r.next() * (Date.now() - createdAt.getTime()))).toISOString(), "api:bench"]
          : [null, null]),
        r.next() < 0.05 ? "t" : "f",
      ];
      row.forEach((v, c) => cols[c].push(v));
    }
    await db.$executeRawUnsafe(
      `INSERT INTO "Grant" ("id", "workspaceId", "clientId", "location", "accountsServer", "apiDomain", "scopes", "refreshCipher", "refreshLast4", "zohoUserId", "zohoUserEmail", "status", "createdById", "createdAt", "label", "accessCipher", "accessExpiresAt", "lastUsedAt", "lastUsedVia", "orgWide")
       SELECT id, $1, client, loc, acc, api, string_to_array(scopes, ','), cipher, last4, zuid, email, status::"GrantStatus", creator, created::timestamp(3), label, cipher, expires::timestamp(3), used::timestamp(3), via, org::boolean
       FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::text[])
         AS t(id, client, loc, acc, api, scopes, cipher, last4, zuid, email, status, creator, created, label, expires, used, via, org)`,
      workspaceId,
      ...cols,
    );
  }
  return grants;
}

/**
 * A workspace in its steady state: the alert sweep alerted its stale grants long ago (as the migration that
 * added the sweep marks those stale at upgrade). Otherwise the benchmark would measure the pages beside a
 * backlog of ~34,000 grant.stale alerts, 500 a minute on the database the pages read.
 */
async function markStaleAlerted(db: PrismaClient, workspaceId: string) {
  await db.$executeRawUnsafe(
    `UPDATE "Grant" SET "staleAlertedAt" = (now() AT TIME ZONE 'UTC')
     WHERE "workspaceId" = $1 AND "status" = 'ACTIVE' AND COALESCE("lastUsedAt", "createdAt") < (now() AT TIME ZONE 'UTC') - interval '90 days'`,
    workspaceId,
  );
}

// What the audit trail is made of, by weight (per mille). The rare action is placed apart: exactly
// RARE_EVENTS times in either workspace, so filtering by it must look through the whole trail.
const AUDIT_MIX: [string, number][] = [
  ["grant.refreshed", 300],
  ["grant.created", 120],
  ["authorization.started", 150],
  ["client.updated", 90],
  ["secret.revealed", 60],
  ["client.created", 40],
  ["grant.revoked", 40],
  ["grant.relabelled", 30],
  ["grant.invalidated", 20],
  ["client.archived", 15],
  ["client.restored", 5],
  ["secret.rotation_started", 20],
  ["secret.rotated", 18],
  ["secret.dc_set", 10],
  ["clients.exported", 12],
  ["audit.exported", 10],
  ["apikey.created", 15],
  ["apikey.revoked", 10],
  ["member.invited", 15],
  ["member.joined", 10],
  ["member.role_changed", 10],
];
export const RARE_ACTION = "workspace.limits_changed";
const RARE_EVENTS = 20;

/** An audit trail of `count` events, seq 1…count over the last two years, each hash chained to the previous one. */
async function insertAudit(
  store: Store,
  r: ReturnType<typeof prng>,
  count: number,
  workspaceId: string,
  clients: Client[],
  grants: Grant[],
  members: string[],
) {
  const total = AUDIT_MIX.reduce((n, [, w]) => n + w, 0);
  const pickAction = () => {
    let x = r.next() * total;
    for (const [action, w] of AUDIT_MIX) if ((x -= w) < 0) return action;
    return AUDIT_MIX[0][0];
  };
  const start = Date.now() - 730 * DAY;
  const step = (730 * DAY - 3_600_000) / count;
  const rareEvery = Math.floor(count / RARE_EVENTS);
  let prev = "";
  for (let first = 1; first <= count; first += BATCH) {
    if (first > 1 && (first - 1) % REOPEN_EVERY === 0) await store.reopen();
    const cols: (string | number | null)[][] = Array.from({ length: 12 }, () => []);
    for (let seq = first; seq < Math.min(count + 1, first + BATCH); seq++) {
      const action = seq % rareEvery === Math.floor(rareEvery / 2) ? RARE_ACTION : pickAction();
      // The owner does 40% of what people do; eleven others share the rest. Refreshes by services have no actor.
      let actorId: string | null = r.next() < 0.4 ? members[0] : members[1 + Math.floor(r.next() * (members.length - 1))];
      let targetType: string;
      let targetId: string;
      let data: Record<string, string | number | boolean | null | string[]>;
      if (action.startsWith("grant.")) {
        const g = r.pick(grants);
        targetType = "grant";
        targetId = g.id;
        data =
          action === "grant.created"
            ? { clientId: g.clientId, location: "us", scopes: ["AaaServer.profile.READ"], refreshTokenLast4: r.chars(ID_CHARS, 4) }
            : action === "grant.refreshed"
              ? { expiresAt: new Date(start + seq * step + 3_600_000).toISOString() }
              : { clientId: g.clientId };
        if (action === "grant.refreshed" && r.next() < 0.7) actorId = null;
      } else if (action.startsWith("client.") || action.startsWith("secret.") || action === "authorization.started") {
        const c = r.pick(clients);
        targetType = "client";
        targetId = c.id;
        data =
          action === "authorization.started"
            ? { name: c.name, dc: c.homeDc, scopes: ["AaaServer.profile.READ", "ZohoCRM.modules.ALL"] }
            : { name: c.name };
      } else if (action === RARE_ACTION) {
        targetType = "workspace";
        targetId = workspaceId;
        data = { limitAccessTokensPerWindow: 10, limitRefreshTokensPerUser: 20 };
      } else {
        targetType = action.startsWith("apikey.") ? "api_key" : action.startsWith("member.") ? "user" : "workspace";
        targetId = targetType === "user" ? r.pick(members) : `k${r.chars(ID_CHARS, 24)}`;
        data = { name: `${r.pick(PURPOSES)} ${r.chars(ID_CHARS, 3)}` };
      }
      const ip = actorId ? `10.${Math.floor(r.next() * 4)}.${Math.floor(r.next() * 256)}.${Math.floor(r.next() * 256)}` : null;
      const userAgent = actorId ? r.pick(AGENTS) : null;
      const createdAt = new Date(Math.floor(start + seq * step));
      const hash = auditHash(prev, { workspaceId, seq, actorId, action, targetType, targetId, data, ip, userAgent, createdAt });
      const row = [
        `a${r.chars(ID_CHARS, 24)}`,
        seq,
        actorId,
        action,
        targetType,
        targetId,
        JSON.stringify(data),
        ip,
        userAgent,
        createdAt.toISOString(),
        prev,
        hash,
      ];
      row.forEach((v, c) => cols[c].push(v));
      prev = hash;
    }
    await store.db.$executeRawUnsafe(
      `INSERT INTO "AuditEvent" ("id", "workspaceId", "seq", "actorId", "action", "targetType", "targetId", "data", "ip", "userAgent", "createdAt", "prevHash", "hash")
       SELECT id, $1, seq, actor, action, ttype, tid, data::jsonb, ip, ua, created::timestamp(3), prev, hash
       FROM unnest($2::text[], $3::int[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], $13::text[])
         AS t(id, seq, actor, action, ttype, tid, data, ip, ua, created, prev, hash)`,
      workspaceId,
      ...cols,
    );
    if ((first - 1 + BATCH) % 100_000 === 0) console.log(`  audit: ${first - 1 + BATCH} of ${count} events`);
  }
}

// The database connection, closed and opened afresh every REOPEN_EVERY audit events: PGlite's memory
// grows with each big INSERT until it is closed (in one go it stalled at 600,000 events, 1.9 GB).
const REOPEN_EVERY = 100_000;
class Store {
  private conn!: Awaited<ReturnType<typeof openDb>>;
  constructor(private url: string) {}
  get db(): PrismaClient {
    return this.conn.db;
  }
  async open() {
    this.conn = await openDb(this.url);
    return this;
  }
  async reopen() {
    await this.conn.close();
    await this.open();
  }
  close() {
    return this.conn.close();
  }
}

export async function seedBench({
  databaseUrl,
  encryptionKey,
  sizes,
  analyze,
}: {
  databaseUrl: string;
  encryptionKey: string;
  sizes: Record<"small" | "large", Sizes>;
  analyze: boolean;
}): Promise<BenchSeed> {
  const store = await new Store(databaseUrl).open();
  try {
    const db = () => store.db;
    const passwordHash = await bcrypt.hash(BENCH_PASSWORD, 4);
    const owner = await db().user.create({ data: { email: BENCH_EMAIL, name: "Bench Owner", passwordHash } });
    const others = [];
    for (let i = 1; i <= 11; i++)
      others.push(await db().user.create({ data: { email: `member${i}@bench.test`, name: `Member ${i}`, passwordHash } }));
    const members = [owner.id, ...others.map((u) => u.id)];
    // One real envelope shared by every row: the lists never decrypt, but the column has a realistic size.
    const cipher = encrypt(randomBytes(21).toString("hex"), createKeyring(encryptionKey));
    const workspaces = {} as BenchSeed["workspaces"];
    // Bulk loading: the audit table's secondary indexes (two of them GIN) are dropped and built again
    // once at the end, from the definitions the migrations created — much faster than row by row.
    const indexes = await db().$queryRawUnsafe<{ name: string; def: string }[]>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes WHERE tablename = 'AuditEvent' AND indexname <> 'AuditEvent_pkey' AND indexname <> 'AuditEvent_workspaceId_seq_key'`,
    );
    for (const { name } of indexes) await db().$executeRawUnsafe(`DROP INDEX "${name}"`);
    for (const [key, seed] of [
      ["small", 1],
      ["large", 2],
    ] as const) {
      const t0 = performance.now();
      const slug = `bench-${key}`;
      const workspace = await db().workspace.create({
        data: {
          slug,
          name: `Bench ${key}`,
          memberships: {
            create: [{ userId: owner.id, role: "OWNER" }, ...others.map((u) => ({ userId: u.id, role: "DEVELOPER" as const }))],
          },
        },
      });
      const { clients, uris, active } = generateClients(sizes[key].clients, seed, workspace.id, owner.id, cipher);
      await inBatches(clients, 1000, (data) => db().oAuthClient.createMany({ data }));
      await inBatches(uris, 2000, (data) => db().redirectUri.createMany({ data }));
      const shortClients = clients.map((c) => ({ id: c.id!, name: c.name, homeDc: c.homeDc, createdAt: c.createdAt as Date }));
      const r = prng(seed * 1000);
      const t1 = performance.now();
      const grants = await insertGrants(db(), r, sizes[key].grants, workspace.id, shortClients, members, cipher);
      // PGlite's memory grows with each big INSERT until it is closed (see Store): 100,000 grants, each
      // firing the two tally triggers and the client-name one, then the stale grants' UPDATE, the folds or
      // 10,000 audit events in the same connection stalled it (the UPDATE for over 9 minutes; 2 s after this).
      await store.reopen();
      await markStaleAlerted(db(), workspace.id);
      // The tallies as the console's upkeep leaves them, one row per scope list and per user, not one per grant:
      // otherwise the first minute of the run would measure the fold and, on PostgreSQL, the vacuum after it.
      await foldTally(db(), "GrantScopeTally", workspace.id);
      await foldTally(db(), "GrantUserTally", workspace.id);
      await store.reopen();
      const t2 = performance.now();
      await insertAudit(store, r, sizes[key].audit, workspace.id, shortClients, grants, members);
      const t3 = performance.now();
      const apiKey = newApiKey();
      await db().apiKey.create({
        data: { workspaceId: workspace.id, name: "Bench", prefix: apiKey.prefix, hash: apiKey.hash, createdById: owner.id },
      });
      const needle = clients.find((c) => c.name.includes(NEEDLE))!;
      const needleGrant = grants.find((g) => g.clientId === needle.id) ?? grants[Math.floor(grants.length / 2)];
      const mid = new Date(Date.now() - 365 * DAY);
      workspaces[key] = {
        key,
        slug,
        id: workspace.id,
        apiKey: apiKey.key,
        clients: clients.length,
        active,
        grants: grants.length,
        auditEvents: sizes[key].audit,
        needleClientId: needle.id!,
        needleGrantId: needleGrant.id,
        actorId: members[5],
        rareAction: RARE_ACTION,
        week: { from: mid.toISOString().slice(0, 10), to: new Date(mid.getTime() + 6 * DAY).toISOString().slice(0, 10) },
        quarter: { from: mid.toISOString().slice(0, 10), to: new Date(mid.getTime() + 90 * DAY).toISOString().slice(0, 10) },
      };
      console.log(
        `seeded ${slug}: ${clients.length} clients, ${grants.length} grants, ${sizes[key].audit} audit events in ${((performance.now() - t0) / 1000).toFixed(1)} s (clients ${((t1 - t0) / 1000).toFixed(1)} s, grants ${((t2 - t1) / 1000).toFixed(1)} s, audit ${((t3 - t2) / 1000).toFixed(1)} s)`,
      );
    }
    const t0 = performance.now();
    for (const { def } of indexes) await db().$executeRawUnsafe(def);
    console.log(`rebuilt ${indexes.length} audit indexes in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    // Planner statistics and a vacuumed heap, as autovacuum keeps them on a PostgreSQL server (PGlite has no autovacuum).
    if (analyze) await db().$executeRawUnsafe("VACUUM (ANALYZE)");
    return { email: BENCH_EMAIL, password: BENCH_PASSWORD, workspaces };
  } finally {
    await store.close();
  }
}

async function inBatches<T>(rows: T[], size: number, write: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += size) await write(rows.slice(i, i + size));
}
