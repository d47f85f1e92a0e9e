import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Answers a key from memory, or computes it and remembers it, while the data stays as it was. */
export type Remember = <T>(key: readonly unknown[], compute: () => Promise<T>) => Promise<T>;

interface Entry {
  at: number;
  value: Promise<unknown>;
}

/**
 * Remembers what is computed from the records while they stay as they were. Every change of a record is audited
 * in its own transaction (GUIDE: every mutation is audited) and audit ids only rise, so the newest audit row's id
 * names the state of the data: what was computed under it holds until another change is audited, in this process
 * or any other on the same database. Only the newest state's entries are kept: when a change is audited, what was
 * computed before it is let go at once (a province's table names tens of thousands of records), and a request that
 * read an older state (it started before the change) computes its answer without remembering it. Entries also age
 * out after `maxAgeMs`, for anything changed without an audit row (a fix made in SQL). Concurrent requests for one
 * key share one computation; a failed one is not remembered.
 */
export function rememberUntilChange(opts: { maxEntries: number; maxAgeMs?: number }) {
  const maxAgeMs = opts.maxAgeMs ?? 10 * 60_000;
  const entries = new Map<string, Entry>();
  let newest = -1;

  /** A memory for one request: reads the data's state once. */
  return async function asOfNow(db: Kysely<DB>): Promise<Remember> {
    const state = await dataState(db);
    if (state > newest) {
      entries.clear();
      newest = state;
    }
    return <T>(key: readonly unknown[], compute: () => Promise<T>): Promise<T> => {
      if (state < newest) return compute();
      const id = JSON.stringify(key);
      const now = Date.now();
      const hit = entries.get(id);
      if (hit && now - hit.at <= maxAgeMs) return hit.value as Promise<T>;
      const value = compute();
      value.catch(() => {
        if (entries.get(id)?.value === value) entries.delete(id);
      });
      entries.delete(id);
      entries.set(id, { at: now, value });
      while (entries.size > opts.maxEntries) entries.delete(entries.keys().next().value!);
      return value;
    };
  };
}

/** The newest audit row's id over every region's chain (each chain's head holds its last row's id). */
async function dataState(db: Kysely<DB>): Promise<number> {
  const { rows } = await sql<{ last: string | null }>`select max(last_id)::text as last from audit_head`.execute(db);
  return Number(rows[0]?.last ?? 0);
}
