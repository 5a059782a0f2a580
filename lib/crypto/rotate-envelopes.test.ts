// Key rotation against a real embedded database (PGlite in a temp folder, migrations applied).
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../generated/prisma/client";
import { openMigratedPglite } from "../../test/migrated-pglite";
import { createKeyring, decrypt, encrypt } from "./envelope";
import {
  countEnvelopesByKey,
  encryptedColumns,
  envelopeKeyId,
  NOT_AN_ENVELOPE,
  remainingUnderOtherKeys,
  rotateEnvelopes,
} from "./rotate-envelopes";

const older = randomBytes(32).toString("base64");
const old = randomBytes(32).toString("base64");
const next = randomBytes(32).toString("base64");
const lost = randomBytes(32).toString("base64");
const ringOlder = createKeyring(older);
const ringOld = createKeyring(old);
const ringLost = createKeyring(lost);
const ring = createKeyring(next, [old, older]);
const keyId = (k: string) => createKeyring(k).current.id;

let db: PrismaClient;
let close: () => Promise<void>;
let ids: { owner: string; workspace: string };

beforeAll(async () => {
  ({ db, close } = openMigratedPglite("rotate-envelopes"));
  const owner = await db.user.create({ data: { email: "owner@rotate.test", name: "Owner", passwordHash: "x" } });
  const workspace = await db.workspace.create({ data: { slug: "rotate", name: "Rotate" } });
  ids = { owner: owner.id, workspace: workspace.id };
}, 120_000);

afterAll(() => close?.());

async function emptyTables() {
  await db.grant.deleteMany();
  await db.authRequest.deleteMany();
  await db.oAuthClient.deleteMany();
}

async function client(name: string, secret: string | null, pending: string | null, dcSecrets: Record<string, string> = {}) {
  return db.oAuthClient.create({
    data: {
      workspaceId: ids.workspace,
      name,
      zohoClientId: `1000.${name}`,
      homeDc: "us",
      createdById: ids.owner,
      secretCipher: secret,
      pendingSecretCipher: pending,
      updatedAt: new Date(Date.now() - 3_600_000),
      dcSecrets: { create: Object.entries(dcSecrets).map(([location, secretCipher]) => ({ location, secretCipher, secretLast4: "0000" })) },
    },
  });
}

async function grant(clientId: string, refreshCipher: string | null, accessCipher: string | null) {
  return db.grant.create({
    data: {
      workspaceId: ids.workspace,
      clientId,
      location: "us",
      accountsServer: "https://accounts.zoho.com",
      apiDomain: "https://www.zohoapis.com",
      refreshCipher,
      accessCipher,
      createdById: ids.owner,
    },
  });
}

describe("encryptedColumns", () => {
  it("finds every *Cipher column of the generated client, with its primary key", () => {
    const found = encryptedColumns().map((c) => `${c.model}.${c.column}:${c.primaryKey.join("+")}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "OAuthClient.secretCipher:id",
        "OAuthClient.pendingSecretCipher:id",
        "ClientDcSecret.secretCipher:clientId+location",
        "Grant.refreshCipher:id",
        "Grant.accessCipher:id",
        "AuthRequest.pkceVerifierCipher:id",
      ]),
    );
    for (const c of encryptedColumns()) expect(c.column).toMatch(/Cipher$/);
    expect(encryptedColumns().find((c) => c.model === "OAuthClient")?.keepsUpdatedAt).toBe(true);
  });

  it("reads the key id of an envelope", () => {
    expect(envelopeKeyId(encrypt("x", ringOld))).toBe(keyId(old));
    expect(envelopeKeyId("plain text")).toBeNull();
  });
});

describe("rotateEnvelopes", () => {
  it("re-encrypts every column under the current key, in batches, keeping plaintexts and updatedAt", async () => {
    await emptyTables();
    const plain = new Map<string, string>(); // "<model>:<pk>:<column>" -> plaintext
    const clients: { id: string }[] = [];
    for (let i = 0; i < 7; i++) {
      // Mixed keys: older, old, already current, and nulls.
      const s = `secret-${i}`;
      const p = `pending-${i}`;
      const secret = i % 3 === 0 ? encrypt(s, ringOlder) : i % 3 === 1 ? encrypt(s, ringOld) : encrypt(s, ring);
      const pending = i % 2 === 0 ? encrypt(p, ringOld) : null;
      const dc = { eu: encrypt(`eu-${i}`, ringOld), in: encrypt(`in-${i}`, ringOlder), au: encrypt(`au-${i}`, ring) };
      const c = await client(`app${i}`, secret, pending, dc);
      clients.push(c);
      plain.set(`c:${c.id}:secretCipher`, s);
      if (pending) plain.set(`c:${c.id}:pendingSecretCipher`, p);
      for (const loc of ["eu", "in", "au"]) plain.set(`dc:${c.id}/${loc}`, `${loc}-${i}`);
    }
    for (let i = 0; i < 25; i++) {
      const r = `1000.refresh.${i}`;
      const a = `1000.access.${i}`;
      const g = await grant(clients[i % clients.length].id, encrypt(r, ringOld), i % 4 === 0 ? null : encrypt(a, ringOlder));
      plain.set(`g:${g.id}:refreshCipher`, r);
      if (i % 4 !== 0) plain.set(`g:${g.id}:accessCipher`, a);
    }
    const request = await db.authRequest.create({
      data: {
        workspaceId: ids.workspace,
        clientId: clients[0].id,
        userId: ids.owner,
        stateHash: "h1",
        dc: "us",
        redirectUri: "http://localhost/cb",
        scopes: ["a"],
        accessType: "offline",
        expiresAt: new Date(Date.now() + 60_000),
        pkceVerifierCipher: encrypt("verifier-1", ringOld),
      },
    });
    const updatedBefore = new Map(
      (await db.oAuthClient.findMany({ select: { id: true, updatedAt: true } })).map((c) => [c.id, c.updatedAt.getTime()]),
    );

    const progress: number[] = [];
    const report = await rotateEnvelopes(db, ring, { batchSize: 4, onProgress: (p) => progress.push(p.scanned) });

    const by = (model: string, column: string) => {
      const r = report.columns.find((c) => c.model === model && c.column === column);
      return r && { scanned: r.scanned, rotated: r.rotated, skippedChanged: r.skippedChanged, failed: r.failed };
    };
    expect(by("OAuthClient", "secretCipher")).toEqual({ scanned: 7, rotated: 5, skippedChanged: 0, failed: 0 });
    expect(by("OAuthClient", "pendingSecretCipher")).toEqual({ scanned: 4, rotated: 4, skippedChanged: 0, failed: 0 });
    expect(by("ClientDcSecret", "secretCipher")).toEqual({ scanned: 21, rotated: 14, skippedChanged: 0, failed: 0 });
    expect(by("Grant", "refreshCipher")).toEqual({ scanned: 25, rotated: 25, skippedChanged: 0, failed: 0 });
    expect(by("Grant", "accessCipher")).toEqual({ scanned: 18, rotated: 18, skippedChanged: 0, failed: 0 });
    expect(by("AuthRequest", "pkceVerifierCipher")).toEqual({ scanned: 1, rotated: 1, skippedChanged: 0, failed: 0 });
    expect(report).toMatchObject({ currentKeyId: keyId(next), missingKeyIds: [], failures: [], aborted: false });
    expect(progress.length).toBeGreaterThan(report.columns.length);

    // Every value is under the new key and decrypts to what it was; nothing left under old keys.
    for (const c of await db.oAuthClient.findMany({ include: { dcSecrets: true } })) {
      expect(envelopeKeyId(c.secretCipher!)).toBe(keyId(next));
      expect(decrypt(c.secretCipher!, createKeyring(next))).toBe(plain.get(`c:${c.id}:secretCipher`));
      if (c.pendingSecretCipher)
        expect(decrypt(c.pendingSecretCipher, createKeyring(next))).toBe(plain.get(`c:${c.id}:pendingSecretCipher`));
      for (const s of c.dcSecrets) expect(decrypt(s.secretCipher, createKeyring(next))).toBe(plain.get(`dc:${c.id}/${s.location}`));
      expect(c.updatedAt.getTime()).toBe(updatedBefore.get(c.id));
    }
    for (const g of await db.grant.findMany()) {
      expect(decrypt(g.refreshCipher!, createKeyring(next))).toBe(plain.get(`g:${g.id}:refreshCipher`));
      if (g.accessCipher) expect(decrypt(g.accessCipher, createKeyring(next))).toBe(plain.get(`g:${g.id}:accessCipher`));
      else expect(plain.has(`g:${g.id}:accessCipher`)).toBe(false);
    }
    const r = await db.authRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(decrypt(r.pkceVerifierCipher!, createKeyring(next))).toBe("verifier-1");

    const census = await countEnvelopesByKey(db, { batchSize: 5 });
    expect(remainingUnderOtherKeys(census, keyId(next))).toBe(0);
    expect(census.find((c) => c.model === "Grant" && c.column === "refreshCipher")?.byKeyId).toEqual({ [keyId(next)]: 25 });

    // A second run has nothing to do.
    const again = await rotateEnvelopes(db, ring, { batchSize: 200 });
    expect(again.columns.reduce((n, c) => n + c.rotated + c.failed + c.skippedChanged, 0)).toBe(0);
    expect(again.columns.find((c) => c.model === "Grant" && c.column === "refreshCipher")?.scanned).toBe(25);
  });

  it("leaves rows whose key is missing untouched and names the missing key ids", async () => {
    await emptyTables();
    const c = await client("lost", encrypt("lost-secret", ringLost), encrypt("ok-pending", ringOld), { eu: "not-an-envelope" });
    const g = await grant(c.id, encrypt("lost-refresh", ringLost), null);
    const lostSecret = (await db.oAuthClient.findUniqueOrThrow({ where: { id: c.id } })).secretCipher;

    const report = await rotateEnvelopes(db, ring);
    expect(report.missingKeyIds).toEqual([keyId(lost)]);
    const failed = Object.fromEntries(report.columns.map((r) => [`${r.model}.${r.column}`, r.failed]));
    expect(failed).toMatchObject({
      "OAuthClient.secretCipher": 1,
      "OAuthClient.pendingSecretCipher": 0,
      "ClientDcSecret.secretCipher": 1,
      "Grant.refreshCipher": 1,
    });
    expect(report.failures).toEqual(
      expect.arrayContaining([
        { model: "OAuthClient", column: "secretCipher", row: { id: c.id }, keyId: keyId(lost), reason: "missing-key" },
        { model: "Grant", column: "refreshCipher", row: { id: g.id }, keyId: keyId(lost), reason: "missing-key" },
        {
          model: "ClientDcSecret",
          column: "secretCipher",
          row: { clientId: c.id, location: "eu" },
          keyId: null,
          reason: "not-an-envelope",
        },
      ]),
    );
    const after = await db.oAuthClient.findUniqueOrThrow({ where: { id: c.id } });
    expect(after.secretCipher).toBe(lostSecret);
    expect(decrypt(after.pendingSecretCipher!, createKeyring(next))).toBe("ok-pending");

    const census = await countEnvelopesByKey(db);
    expect(census.find((x) => x.model === "OAuthClient" && x.column === "secretCipher")?.byKeyId).toEqual({ [keyId(lost)]: 1 });
    expect(census.find((x) => x.model === "ClientDcSecret")?.byKeyId).toEqual({ [NOT_AN_ENVELOPE]: 1 });
    expect(remainingUnderOtherKeys(census, keyId(next))).toBe(3);

    // A tampered envelope under a key we hold is a failure too, not a missing key.
    const parts = encrypt("tampered", ringOld).split(".");
    await db.grant.update({
      where: { id: g.id },
      data: { refreshCipher: [parts[0], parts[1], parts[2], parts[3].slice(0, -2) + "AA"].join(".") },
    });
    const tampered = await rotateEnvelopes(db, ring, { columns: encryptedColumns().filter((x) => x.model === "Grant") });
    expect(tampered.failures).toEqual([
      { model: "Grant", column: "refreshCipher", row: { id: g.id }, keyId: keyId(old), reason: "undecryptable" },
    ]);
    expect(tampered.missingKeyIds).toEqual([]);
  });

  it("never overwrites a value the console changed between the read and the write", async () => {
    await emptyTables();
    const c = await client("busy", encrypt("client-secret", ringOld), null);
    const grants: { id: string }[] = [];
    for (let i = 0; i < 3; i++) grants.push(await grant(c.id, encrypt(`refresh-${i}`, ringOld), encrypt(`access-${i}`, ringOld)));
    // A second connection's write lands between the rotation's read and its conditional update: here the
    // console refreshed grant 1's access token (still under the old key: an instance not yet restarted).
    const concurrent = encrypt("access-NEW", ringOld);
    let injected = false;
    const busy = db.$extends({
      query: {
        grant: {
          async updateMany({ args, query }) {
            const where = args.where as { id?: string; accessCipher?: string } | undefined;
            if (!injected && where?.id === grants[1].id && where.accessCipher) {
              injected = true;
              await db.grant.update({ where: { id: grants[1].id }, data: { accessCipher: concurrent } });
            }
            return query(args);
          },
        },
        oAuthClient: {
          async updateMany({ args, query }) {
            // Someone renamed the client (bumping updatedAt): the rotation must not roll updatedAt back.
            await db.oAuthClient.update({ where: { id: c.id }, data: { name: "renamed" } });
            return query(args);
          },
        },
      },
    });

    const report = await rotateEnvelopes(busy, ring, {
      columns: encryptedColumns().filter((x) => ["Grant", "OAuthClient"].includes(x.model)),
    });
    expect(injected).toBe(true);
    const access = report.columns.find((x) => x.model === "Grant" && x.column === "accessCipher");
    expect(access).toMatchObject({ scanned: 3, rotated: 2, skippedChanged: 1, failed: 0 });
    expect(report.columns.find((x) => x.model === "OAuthClient" && x.column === "secretCipher")).toMatchObject({
      rotated: 0,
      skippedChanged: 1,
    });

    expect((await db.grant.findUniqueOrThrow({ where: { id: grants[1].id } })).accessCipher).toBe(concurrent);
    const renamed = await db.oAuthClient.findUniqueOrThrow({ where: { id: c.id } });
    expect(renamed.name).toBe("renamed");
    expect(envelopeKeyId(renamed.secretCipher!)).toBe(keyId(old));

    // The next run (nobody writing now) finishes the job.
    const second = await rotateEnvelopes(db, ring);
    expect(second.columns.reduce((n, x) => n + x.rotated, 0)).toBe(2);
    expect(remainingUnderOtherKeys(await countEnvelopesByKey(db), keyId(next))).toBe(0);
    expect(decrypt((await db.grant.findUniqueOrThrow({ where: { id: grants[1].id } })).accessCipher!, ring)).toBe("access-NEW");
  });

  it("stops between rows when aborted", async () => {
    await emptyTables();
    const c = await client("abort", null, null);
    for (let i = 0; i < 10; i++) await grant(c.id, encrypt(`r-${i}`, ringOld), null);
    const controller = new AbortController();
    const report = await rotateEnvelopes(db, ring, {
      batchSize: 3,
      signal: controller.signal,
      columns: encryptedColumns().filter((x) => x.model === "Grant"),
      onProgress: (p) => p.scanned >= 3 && controller.abort(),
    });
    expect(report.aborted).toBe(true);
    const refresh = report.columns.find((x) => x.column === "refreshCipher")!;
    expect(refresh.rotated).toBeGreaterThanOrEqual(2);
    expect(refresh.rotated).toBeLessThan(10);
    expect(report.columns).toHaveLength(1);
  });
});
