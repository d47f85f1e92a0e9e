import { sql, type Expression, type SqlBool } from 'kysely';

const CODE_PREFIX = /^[0-9A-Za-z]*$/;

/**
 * `column` begins with `prefix`, a region or industry code prefix (GB/T 2260, GB/T 4754: letters and digits),
 * written as the byte range [prefix, prefix with its last character raised by one) in the operators of the
 * text_pattern_ops indexes (`~>=~`, `~<~`). `LIKE 'p%'` becomes that range only when the planner sees the
 * pattern: a prepared statement's generic plan does not and scans instead (bench/FINDINGS.md F11), so such
 * statements had to be planned on every call. The range uses the index in every plan, and the statements it is
 * in are prepared like any other (F14).
 */
export function codeStartsWith(column: string, prefix: string): Expression<SqlBool> {
  if (!CODE_PREFIX.test(prefix)) throw new Error(`“${prefix}”不是区划或行业代码的前缀`);
  const ref = sql.ref(column);
  if (prefix === '') return sql<SqlBool>`(${ref} is not null)`;
  const next = prefix.slice(0, -1) + String.fromCharCode(prefix.charCodeAt(prefix.length - 1) + 1);
  return sql<SqlBool>`(${ref} ~>=~ ${prefix} and ${ref} ~<~ ${next})`;
}
