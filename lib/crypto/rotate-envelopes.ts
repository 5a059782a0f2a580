// Key rotation for every encrypted column: re-encrypts envelopes written under an older key with the
// keyring's current key (scripts/rotate-keys.ts, docs/key-rotation.md).
//
// Safe while the console keeps serving (PostgreSQL): rows are read in short batches by primary key, with
// no long transaction, and each row is written with a conditional update
//   UPDATE … SET <column> = <new> WHERE <pk> = … AND <column> = <old envelope> [AND updatedAt = <as read>]
// so a value the console changed in the meantime is never overwritten (counted as skippedChanged; a
// second run picks it up). Plaintexts never leave this module.
import { setImmediate as nextTurn } from "node:timers/promises";
import { Prisma } from "../generated/prisma/client";
import { decrypt, encrypt, type Keyring } from "./envelope";

export type EncryptedColumn = {
  model: string;
  /** The PrismaClient property, e.g. "oAuthClient". */
  delegate: string;
  column: string;
  primaryKey: string[];
  /** The model has an updatedAt field: it is kept as it was (rotation is not a change) and guards the write. */
  keepsUpdatedAt: boolean;
};

export type ColumnCounts = { scanned: number; rotated: number; skippedChanged: number; failed: number };
export type ColumnResult = ColumnCounts & { model: string; column: string };

export type RotationFailure = {
  model: string;
  column: string;
  /** Primary key values of the row (ids, never secrets). */
  row: Record<string, unknown>;
  keyId: string | null;
  reason: "missing-key" | "undecryptable" | "not-an-envelope";
};

export type RotationReport = {
  currentKeyId: string;
  columns: ColumnResult[];
  /** Key ids found in envelopes that the keyring does not hold, sorted. */
  missingKeyIds: string[];
  /** The first failures (up to 50), to point at the rows. */
  failures: RotationFailure[];
  /** True when the signal stopped the run early. */
  aborted: boolean;
};

export type KeyCensus = { model: string; column: string; byKeyId: Record<string, number> };

/** A PrismaClient of lib/generated/prisma (plain, with omit, or $extends-ed). */
export type RotationDb = object;

type Row = Record<string, unknown>;
type Delegate = {
  findMany(args: { where: object; orderBy: object[]; take: number; select: Record<string, true> }): Promise<Row[]>;
  updateMany(args: { where: object; data: object }): Promise<{ count: number }>;
};

export const NOT_AN_ENVELOPE = "(not an envelope)";
const MAX_FAILURES = 50;

// Models whose primary key is not a single `id` field.
const PRIMARY_KEYS: Record<string, string[]> = { ClientDcSecret: ["clientId", "location"] };

/**
 * Every column whose name ends in "Cipher", found in the generated Prisma client, so a new encrypted
 * column is rotated without touching this file (unless its model's primary key is not `id`).
 */
export function encryptedColumns(): EncryptedColumn[] {
  const models = new Set<string>(Object.values(Prisma.ModelName));
  const columns: EncryptedColumn[] = [];
  for (const [name, value] of Object.entries(Prisma)) {
    if (!name.endsWith("ScalarFieldEnum") || typeof value !== "object" || value === null) continue;
    const model = name.slice(0, -"ScalarFieldEnum".length);
    if (!models.has(model)) continue;
    const fields = Object.values(value as Record<string, string>);
    const ciphers = fields.filter((f) => f.endsWith("Cipher"));
    if (ciphers.length === 0) continue;
    const primaryKey = PRIMARY_KEYS[model] ?? (fields.includes("id") ? ["id"] : undefined);
    if (!primaryKey) {
      throw new Error(
        `${model} has encrypted columns but no "id" field: add its primary key to PRIMARY_KEYS in lib/crypto/rotate-envelopes.ts`,
      );
    }
    const delegate = model[0].toLowerCase() + model.slice(1);
    for (const column of ciphers) columns.push({ model, delegate, column, primaryKey, keepsUpdatedAt: fields.includes("updatedAt") });
  }
  return columns;
}

/** The key id of an envelope (`v1.<key id>.<iv>.<ct>`), or null when the value is not an envelope. */
export function envelopeKeyId(value: string): string | null {
  const parts = value.split(".");
  return parts.length === 4 && parts[0] === "v1" && parts[1] ? parts[1] : null;
}

function delegateOf(db: RotationDb, col: EncryptedColumn): Delegate {
  const delegate = (db as Record<string, unknown>)[col.delegate] as Delegate | undefined;
  if (!delegate || typeof delegate.findMany !== "function") throw new Error(`the database client has no model ${col.model}`);
  return delegate;
}

// Keyset pagination over a (possibly composite) primary key: rows strictly after `last`.
function after(primaryKey: string[], last: Row): object {
  return {
    OR: primaryKey.map((key, i) => ({
      ...Object.fromEntries(primaryKey.slice(0, i).map((k) => [k, last[k]])),
      [key]: { gt: last[key] },
    })),
  };
}

/**
 * Walks the non-null values of one column in primary-key order, `batchSize` rows per read, visiting up to
 * `concurrency` rows of a batch at a time. False when the signal stopped it.
 */
async function walk(
  db: RotationDb,
  col: EncryptedColumn,
  options: { batchSize: number; concurrency?: number; signal?: AbortSignal; extra?: string[] },
  visit: (row: Row, value: string) => Promise<void> | void,
): Promise<boolean> {
  const { batchSize, signal } = options;
  const delegate = delegateOf(db, col);
  const select = Object.fromEntries([...col.primaryKey, col.column, ...(options.extra ?? [])].map((f) => [f, true as const]));
  const orderBy = col.primaryKey.map((k) => ({ [k]: "asc" }));
  let last: Row | undefined;
  for (;;) {
    if (signal?.aborted) return false;
    const rows = await delegate.findMany({ where: last ? after(col.primaryKey, last) : {}, orderBy, take: batchSize, select });
    let next = 0;
    const worker = async () => {
      while (next < rows.length && !signal?.aborted) {
        const row = rows[next++];
        const value = row[col.column];
        if (typeof value === "string") await visit(row, value);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.concurrency ?? 1, rows.length)) }, worker));
    if (signal?.aborted) return false;
    await nextTurn();
    if (rows.length < batchSize) return true;
    last = rows[rows.length - 1];
  }
}

export type RotateOptions = {
  batchSize?: number;
  /** Rows of a batch updated at the same time (default 4). Each update is its own short statement. */
  concurrency?: number;
  columns?: EncryptedColumn[];
  signal?: AbortSignal;
  /** Called after each batch and at the end of each column. */
  onProgress?: (progress: ColumnResult & { done: boolean }) => void;
};

/** Re-encrypts every envelope not under ring.current with ring.current. Never throws for a bad row. */
export async function rotateEnvelopes(db: RotationDb, ring: Keyring, options: RotateOptions = {}): Promise<RotationReport> {
  const batchSize = options.batchSize ?? 200;
  const columns = options.columns ?? encryptedColumns();
  const missing = new Set<string>();
  const failures: RotationFailure[] = [];
  const results: ColumnResult[] = [];
  let aborted = false;

  for (const col of columns) {
    const result: ColumnResult = { model: col.model, column: col.column, scanned: 0, rotated: 0, skippedChanged: 0, failed: 0 };
    results.push(result);
    const extra = col.keepsUpdatedAt ? ["updatedAt"] : [];
    const rotateOne = async (row: Row, envelope: string) => {
      const keyId = envelopeKeyId(envelope);
      if (keyId === ring.current.id) return;
      let plain: string;
      try {
        plain = decrypt(envelope, ring);
      } catch {
        result.failed++;
        const reason = !keyId ? "not-an-envelope" : ring.all.has(keyId) ? "undecryptable" : "missing-key";
        if (reason === "missing-key") missing.add(keyId!);
        if (failures.length < MAX_FAILURES) {
          failures.push({
            model: col.model,
            column: col.column,
            row: Object.fromEntries(col.primaryKey.map((k) => [k, row[k]])),
            keyId,
            reason,
          });
        }
        return;
      }
      const pk = Object.fromEntries(col.primaryKey.map((k) => [k, row[k]]));
      const keep = col.keepsUpdatedAt ? { updatedAt: row.updatedAt } : {};
      const { count } = await delegateOf(db, col).updateMany({
        where: { ...pk, ...keep, [col.column]: envelope },
        data: { [col.column]: encrypt(plain, ring), ...keep },
      });
      if (count > 0) result.rotated++;
      else result.skippedChanged++;
      // PGlite answers in-process: without a turn of the event loop, signals (Ctrl-C) and timers would
      // wait for the whole run.
      await nextTurn();
    };
    let sinceProgress = 0;
    const finished = await walk(
      db,
      col,
      { batchSize, concurrency: options.concurrency ?? 4, signal: options.signal, extra },
      async (row, envelope) => {
        result.scanned++;
        await rotateOne(row, envelope);
        if (++sinceProgress >= batchSize) {
          sinceProgress = 0;
          options.onProgress?.({ ...result, done: false });
        }
      },
    );
    options.onProgress?.({ ...result, done: true });
    if (!finished) {
      aborted = true;
      break;
    }
  }
  return { currentKeyId: ring.current.id, columns: results, missingKeyIds: [...missing].sort(), failures, aborted };
}

/** Reads one row of every column: throws early when a table or column is missing (migrations behind). */
export async function checkColumns(db: RotationDb, columns: EncryptedColumn[] = encryptedColumns()): Promise<void> {
  for (const col of columns) {
    const select = Object.fromEntries([...col.primaryKey, col.column].map((f) => [f, true as const]));
    await delegateOf(db, col).findMany({ where: {}, orderBy: col.primaryKey.map((k) => ({ [k]: "asc" })), take: 1, select });
  }
}

/** How many envelopes each key id holds, per column (the proof that rotation is finished). */
export async function countEnvelopesByKey(
  db: RotationDb,
  options: Pick<RotateOptions, "batchSize" | "columns" | "signal"> = {},
): Promise<KeyCensus[]> {
  const census: KeyCensus[] = [];
  for (const col of options.columns ?? encryptedColumns()) {
    const byKeyId: Record<string, number> = {};
    await walk(db, col, { batchSize: options.batchSize ?? 1000, signal: options.signal }, (_, value) => {
      const id = envelopeKeyId(value) ?? NOT_AN_ENVELOPE;
      byKeyId[id] = (byKeyId[id] ?? 0) + 1;
    });
    census.push({ model: col.model, column: col.column, byKeyId });
  }
  return census;
}

/** Envelopes left under any key other than `currentKeyId`, over all columns. */
export function remainingUnderOtherKeys(census: KeyCensus[], currentKeyId: string): number {
  return census.reduce((sum, c) => sum + Object.entries(c.byKeyId).reduce((s, [id, n]) => s + (id === currentKeyId ? 0 : n), 0), 0);
}
