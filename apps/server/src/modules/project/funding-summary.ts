import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import { FUNDING_SOURCE_LABELS, FUNDING_SOURCE_LEVELS, type ZFundingSummary } from '@kechuang/domain';
import type { RowScope } from '../../platform/auth/row-scope';
import type { DB } from '../../platform/db/schema';
import { fundingQuery, type FundingFilter } from './funding.repository';

type Traced = { amount: string; count: number; recordIds: number[] };
const empty = (): Traced => ({ amount: '0.00', count: 0, recordIds: [] });

/**
 * Totals of a period by source level and kind, summed exactly in SQL as unbounded numeric (no total can overflow),
 * each with the ids of the records behind it, so a report line such as '争引…资金200万元' traces to its ledger records.
 * The scope is the user's, or a region prefix for the report facts.
 */
export async function fundingSummary(
  db: Kysely<DB>,
  scope: RowScope | string,
  f: FundingFilter,
): Promise<z.infer<typeof ZFundingSummary>> {
  const rows = await fundingQuery(db, scope, f)
    .select([
      'f.kind',
      'f.source_level',
      sql<string>`round(sum(f.amount), 2)::text`.as('amount'),
      sql<number>`count(*)::int`.as('count'),
      sql<number[]>`array_agg(f.id order by f.id)`.as('ids'),
    ])
    .groupBy(['f.kind', 'f.source_level'])
    .execute();
  const cell = (kind: string, level: string | null): Traced => {
    const r = rows.find((x) => x.kind === kind && x.source_level === level);
    return r ? { amount: r.amount, count: Number(r.count), recordIds: r.ids.map(Number) } : empty();
  };
  const totals = await fundingQuery(db, scope, f)
    .select([
      sql<string>`round(coalesce(sum(f.amount) filter (where f.kind = 'grant'), 0), 2)::text`.as('granted'),
      sql<number[]>`coalesce(array_agg(f.id order by f.id) filter (where f.kind = 'grant'), '{}')`.as('granted_ids'),
      sql<string>`round(coalesce(sum(f.amount) filter (where f.kind = 'disbursement'), 0), 2)::text`.as('disbursed'),
      sql<number[]>`coalesce(array_agg(f.id order by f.id) filter (where f.kind = 'disbursement'), '{}')`.as(
        'disbursed_ids',
      ),
      sql<string>`round(coalesce(sum(f.amount) filter (where f.kind = 'matching'), 0), 2)::text`.as('matching'),
      sql<number[]>`coalesce(array_agg(f.id order by f.id) filter (where f.kind = 'matching'), '{}')`.as(
        'matching_ids',
      ),
    ])
    .executeTakeFirstOrThrow();
  const traced = (amount: string, ids: number[]): Traced => ({ amount, count: ids.length, recordIds: ids.map(Number) });
  return {
    from: f.from ?? null,
    to: f.to ?? null,
    bySource: FUNDING_SOURCE_LEVELS.map((level) => ({
      sourceLevel: level,
      label: FUNDING_SOURCE_LABELS[level],
      grant: cell('grant', level),
      allocation: cell('allocation', level),
      disbursement: cell('disbursement', level),
    })),
    matching: traced(totals.matching, totals.matching_ids),
    granted: traced(totals.granted, totals.granted_ids),
    disbursed: traced(totals.disbursed, totals.disbursed_ids),
  };
}
