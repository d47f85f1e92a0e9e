import { createHash } from 'node:crypto';
import type { PostgresPool, PostgresPoolClient } from 'kysely';

export interface PreparingLimits {
  /** A statement text is prepared from its n-th use on: statements run once (an import's bulk insert) are not. */
  afterUses: number;
  /** At most this many distinct statements get names; each is kept per connection on the server. */
  maxStatements: number;
  /** Statements with more parameters than this (bulk inserts) stay unnamed. */
  maxParams: number;
}

const DEFAULT_LIMITS: PreparingLimits = { afterUses: 3, maxStatements: 400, maxParams: 100 };
// A LIKE prefix only uses an index when the planner sees the pattern: a generic plan (which PostgreSQL may settle
// on after five runs of a named statement) scans instead. Such statements stay unnamed and are planned per call.
const PLANNED_BY_VALUE = /\bi?like\b/i;
// The use counts are only needed until a statement is named; past this many texts they start over.
const MAX_COUNTED_TEXTS = 5_000;

/**
 * Wraps the pool so that the statements the app repeats go out as named prepared statements. PostgreSQL then
 * parses each once per connection and, after five runs, can keep a generic plan instead of planning every call:
 * planning was half the database time of an audited edit (bench/FINDINGS.md F10). Kysely compiles the same text
 * for the same query shape, so the text names the statement. Session-level prepared statements do not survive a
 * transaction-pooling proxy (PgBouncer in transaction mode); connect to PostgreSQL directly or in session mode.
 */
export function preparingPool(pool: PostgresPool, limits: PreparingLimits = DEFAULT_LIMITS): PostgresPool {
  const uses = new Map<string, number>();
  const names = new Map<string, string>();

  const nameOf = (text: string, params: number): string | null => {
    const known = names.get(text);
    if (known) return known;
    if (params > limits.maxParams || names.size >= limits.maxStatements || PLANNED_BY_VALUE.test(text)) return null;
    const n = (uses.get(text) ?? 0) + 1;
    if (n < limits.afterUses) {
      if (uses.size >= MAX_COUNTED_TEXTS) uses.clear();
      uses.set(text, n);
      return null;
    }
    uses.delete(text);
    const name = `kc_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
    return name;
  };

  const wrap = (client: PostgresPoolClient): PostgresPoolClient => ({
    query: ((textOrConfig: unknown, values?: readonly unknown[]) => {
      // Statements without parameters (BEGIN, COMMIT) go by the simple protocol, as before.
      if (typeof textOrConfig === 'string' && Array.isArray(values) && values.length > 0) {
        const name = nameOf(textOrConfig, values.length);
        if (name) return client.query({ name, text: textOrConfig, values } as never);
      }
      return client.query(textOrConfig as never, values as never);
    }) as PostgresPoolClient['query'],
    release: (destroy?: boolean) => client.release(destroy),
  });

  return {
    connect: async () => wrap(await pool.connect()),
    end: () => pool.end(),
  };
}
