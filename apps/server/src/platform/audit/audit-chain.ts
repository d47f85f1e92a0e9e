import { sql, type RawBuilder } from 'kysely';

/**
 * The audit trail is one hash chain per region: writers in different counties never wait for each other.
 * A row's chain follows from its region_code, which the row's hash covers, so the chain cannot be moved silently.
 */

/** Rows written before chains were split (migration 20261125-0920) form one frozen chain. */
export const LEGACY_CHAIN = 'legacy';
/** Rows without a region (system settings, users without a region). */
export const SYSTEM_CHAIN = 'system';

/** The chain a new row with this region_code goes to. */
export function chainOf(regionCode: string | null | undefined): string {
  return regionCode ? regionCode : SYSTEM_CHAIN;
}

/** chainOf in SQL, for a statement that locks the chain of a row it is writing (updateVersioned's auditChain). */
export function chainOfSql(regionCode: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`coalesce(nullif(${regionCode}, ''), ${SYSTEM_CHAIN})`;
}

/** How a chain is named to the audit admin. */
export function chainLabel(chain: string, regionNames: ReadonlyMap<string, string>): string {
  if (chain === LEGACY_CHAIN) return '升级前的全局链';
  if (chain === SYSTEM_CHAIN) return '系统（无地区）链';
  const name = regionNames.get(chain);
  return name ? `${name}（${chain}）链` : `地区 ${chain} 链`;
}
