import { sql, type Transaction } from 'kysely';
import { performerOf, type RdPeriod, type TRdUnitFilter } from '@kechuang/domain';
import { regionScopePrefix } from '../../platform/auth/region-scope';
import type { DB } from '../../platform/db/schema';
import { codeStartsWith } from '../../platform/db/code-prefix';

/** A unit the filter picked but the task could not take. */
export interface SkippedUnit {
  enterpriseId: number;
  enterpriseName: string;
  reason: string;
}

// A tier counts for a period when a certification was in force during it (certified, or since expired).
const heldDuring = (tier: string, p: RdPeriod) => sql<boolean>`exists (
  select 1 from qualification q where q.enterprise_id = e.id and q.tier = ${tier} and q.stage in ('certified', 'expired')
  and q.certified_on <= ${p.end}::date and (q.valid_until is null or q.valid_until >= ${p.start}::date))`;

/**
 * Freezes the units the filter picks (union of all / 高企 / 科小 / tags / ids, inside the task's region) into
 * `rd_task_unit`, with their township, industry, tier and the register's latest staff and revenue pre-filled.
 * A unit already reporting for the period in another task is skipped (each unit reports once per period).
 */
export async function pickTaskUnits(
  trx: Transaction<DB>,
  task: { id: number; region_code: string; period: RdPeriod },
  filter: TRdUnitFilter,
  userId: number | null,
): Promise<{ added: number; skipped: SkippedUnit[] }> {
  const prefix = regionScopePrefix(task.region_code);
  const p = task.period;
  const candidates = await trx
    .selectFrom('enterprise as e')
    .select(['e.id', 'e.name', 'e.region_code', 'e.township_code', 'e.industry_code', 'e.unit_kind'])
    .select([heldDuring('high_tech', p).as('high_tech'), heldDuring('tech_sme', p).as('tech_sme')])
    .where(codeStartsWith('e.region_code', prefix))
    .where((eb) => {
      const any = [];
      if (filter.picks.includes('all')) any.push(sql<boolean>`true`);
      if (filter.picks.includes('high_tech')) any.push(heldDuring('high_tech', p));
      if (filter.picks.includes('tech_sme')) any.push(heldDuring('tech_sme', p));
      if (filter.tags.length) any.push(sql<boolean>`e.tags && ${sql.val(filter.tags)}::text[]`);
      if (filter.enterpriseIds.length) any.push(eb('e.id', 'in', filter.enterpriseIds));
      return eb.or(any);
    })
    .orderBy('e.id')
    .execute();
  const outside = filter.enterpriseIds.filter((id) => !candidates.some((c) => c.id === id));
  if (candidates.length === 0) {
    return {
      added: 0,
      skipped: outside.map((id) => ({
        enterpriseId: id,
        enterpriseName: `#${id}`,
        reason: '不在任务所属区划内或不存在',
      })),
    };
  }

  const ids = candidates.map((c) => c.id);
  const taken = await trx
    .selectFrom('rd_task_unit as u')
    .innerJoin('rd_task as t', 't.id', 'u.task_id')
    .select(['u.enterprise_id', 't.title'])
    .where('u.period', '=', p.code)
    .where('u.enterprise_id', 'in', ids)
    .execute();
  const takenBy = new Map(taken.map((r) => [r.enterprise_id, r.title]));
  const yearly = await trx
    .selectFrom('enterprise_yearly')
    .select(['enterprise_id', 'year', 'staff_total', 'revenue'])
    .where('enterprise_id', 'in', ids)
    .where('year', '<=', p.year)
    .orderBy('enterprise_id')
    .orderBy('year', 'desc')
    .execute();
  const latest = new Map<number, (typeof yearly)[number]>();
  for (const y of yearly) if (!latest.has(y.enterprise_id)) latest.set(y.enterprise_id, y);

  const skipped: SkippedUnit[] = [];
  const rows = [];
  for (const c of candidates) {
    const other = takenBy.get(c.id);
    if (other !== undefined) {
      skipped.push({ enterpriseId: c.id, enterpriseName: c.name, reason: `已在“${other}”中填报${p.label}数据` });
      continue;
    }
    const y = latest.get(c.id);
    const prefill: Record<string, string> = {};
    if (y && y.staff_total !== null) prefill.staffTotal = `企业名录 ${y.year} 年度职工总数`;
    if (y && y.revenue !== null) {
      prefill.revenue =
        y.year === p.year && p.months === 12
          ? `企业名录 ${y.year} 年度销售收入`
          : `企业名录 ${y.year} 年度销售收入（全年数，请改为${p.label}实际数）`;
    }
    rows.push({
      task_id: task.id,
      enterprise_id: c.id,
      region_code: c.region_code,
      period: p.code,
      township_code: c.township_code,
      industry_code: c.industry_code,
      performer: performerOf(c.unit_kind),
      is_high_tech: c.high_tech,
      is_tech_sme: c.tech_sme,
      staff_total: y?.staff_total ?? null,
      revenue: y?.revenue ?? null,
      prefill: JSON.stringify(prefill),
      created_by: userId,
      updated_by: userId,
    });
  }
  for (let i = 0; i < rows.length; i += 1000) {
    await trx
      .insertInto('rd_task_unit')
      .values(rows.slice(i, i + 1000))
      .execute();
  }
  skipped.push(
    ...outside.map((id) => ({ enterpriseId: id, enterpriseName: `#${id}`, reason: '不在任务所属区划内或不存在' })),
  );
  return { added: rows.length, skipped };
}
