import { containing, startingWith } from '../../platform/db/like-pattern';
import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import {
  DEFAULT_RD_RULE_CONFIG,
  parseRdPeriod,
  periodSortKey,
  type RdCheckCode,
  type RdRuleConfig,
  type RdSeverity,
  type ZRdUnitQuery,
} from '@kechuang/domain';
import { listPage, type PageRequest } from '../../platform/db/paging';
import { listCheckRules } from './rd-settings.repository';
import type { DB } from '../../platform/db/schema';
import type { RdProjectTable, RdTaskUnitTable } from './rd.tables';

export type RdUnitRow = Selectable<RdTaskUnitTable> & {
  task_title: string;
  task_status: string;
  due_date: string;
  task_region_code: string;
  enterprise_name: string;
  credit_code: string;
  township_name: string | null;
};

function withNames(db: Kysely<DB>) {
  return db
    .selectFrom('rd_task_unit as u')
    .innerJoin('rd_task as t', 't.id', 'u.task_id')
    .innerJoin('enterprise as e', 'e.id', 'u.enterprise_id')
    .leftJoin('region as r', 'r.code', 'u.township_code')
    .selectAll('u')
    .select([
      't.title as task_title',
      't.status as task_status',
      't.due_date',
      't.region_code as task_region_code',
      'e.name as enterprise_name',
      'e.credit_code',
      'r.name as township_name',
    ]);
}

/** One unit's form row with its task and names. */
export async function findUnit(db: Kysely<DB>, id: number): Promise<RdUnitRow | undefined> {
  return withNames(db).where('u.id', '=', id).executeTakeFirst();
}

/** A unit's projects in form order. */
export async function loadProjects(db: Kysely<DB>, unitId: number): Promise<Selectable<RdProjectTable>[]> {
  return db.selectFrom('rd_project').selectAll().where('task_unit_id', '=', unitId).orderBy('seq').execute();
}

/** Every unit of a task (for the review list and exports), with names. */
export async function listAllUnits(db: Kysely<DB>, taskId: number): Promise<RdUnitRow[]> {
  return withNames(db).where('u.task_id', '=', taskId).orderBy('u.township_code').orderBy('e.name_pinyin').execute();
}

// A task's units are listed by township (units without one last), then by name in pinyin order: one sort key,
// as listPage takes, because a row value compares field by field.
const LIST_ORDER = sql<string>`(u.township_code, e.name_pinyin)`;

/** One page of a task's units, filtered by status, township or name/credit code. */
export async function listUnits(
  db: Kysely<DB>,
  taskId: number,
  f: Omit<z.infer<typeof ZRdUnitQuery>, 'current' | 'pageSize'>,
  page: PageRequest,
) {
  let q = withNames(db).select(LIST_ORDER.as('list_order')).where('u.task_id', '=', taskId);
  if (f.status) q = q.where('u.status', '=', f.status);
  if (f.townshipCode) q = q.where('u.township_code', '=', f.townshipCode);
  if (f.ids) q = q.where('u.id', 'in', f.ids);
  if (f.keyword) {
    const kw = f.keyword;
    q = q.where((eb) =>
      eb.or([
        eb('e.name', 'like', containing(kw)),
        eb('e.name_initials', 'like', containing(kw.toLowerCase())),
        eb('e.credit_code', 'like', startingWith(kw.toUpperCase())),
      ]),
    );
  }
  const { data, total } = await listPage(q, page, { defaultSort: ['list_order', 'asc'], idColumn: 'u.id' });
  return { rows: data as RdUnitRow[], total };
}

/** An enterprise's forms across tasks that have been opened, newest period first. */
export async function listReportsOf(db: Kysely<DB>, enterpriseId: number) {
  return db
    .selectFrom('rd_task_unit as u')
    .innerJoin('rd_task as t', 't.id', 'u.task_id')
    .select([
      'u.id',
      'u.task_id',
      't.title',
      'u.period',
      't.due_date',
      't.status as task_status',
      'u.status',
      'u.return_reason',
      'u.version',
      'u.internal_total',
      't.published',
    ])
    .where('u.enterprise_id', '=', enterpriseId)
    .where('t.status', '!=', 'draft')
    .orderBy('u.period', 'desc')
    .execute();
}

/** The region of an enterprise. */
export async function enterpriseRegion(db: Kysely<DB>, enterpriseId: number): Promise<string> {
  const e = await db
    .selectFrom('enterprise')
    .select('region_code')
    .where('id', '=', enterpriseId)
    .executeTakeFirstOrThrow();
  return e.region_code;
}

/** The cross-check rules in force for a region (its code or scope prefix: the nearest region's own rules). */
export async function loadRuleConfig(db: Kysely<DB>, region: string): Promise<RdRuleConfig> {
  const rows = await listCheckRules(db, region);
  const config = { ...DEFAULT_RD_RULE_CONFIG };
  for (const r of rows) {
    if (!(r.code in config)) continue;
    config[r.code as RdCheckCode] = {
      enabled: r.enabled,
      severity: r.severity as RdSeverity,
      threshold: r.threshold === null ? null : Number(r.threshold),
    };
  }
  return config;
}

/**
 * Each unit's previous report for the jump check: its latest approved report of an earlier period of the same
 * length (a half-year against a half-year, a year against a year).
 */
export async function previousReports(
  db: Kysely<DB>,
  enterpriseIds: number[],
  period: string,
): Promise<Map<number, { label: string; internalTotal: string }>> {
  const out = new Map<number, { label: string; internalTotal: string; key: string }>();
  const current = parseRdPeriod(period);
  if (!current || enterpriseIds.length === 0) return out;
  const rows = await db
    .selectFrom('rd_task_unit')
    .select(['enterprise_id', 'period', 'internal_total'])
    .where('enterprise_id', 'in', enterpriseIds)
    .where('status', '=', 'approved')
    .where('period', '!=', current.code)
    .where('internal_total', 'is not', null)
    .execute();
  const mine = periodSortKey(current.code);
  for (const r of rows) {
    const p = parseRdPeriod(r.period);
    const key = periodSortKey(r.period);
    if (!p || p.months !== current.months || key >= mine) continue;
    const had = out.get(r.enterprise_id);
    if (!had || had.key < key) out.set(r.enterprise_id, { label: p.label, internalTotal: r.internal_total!, key });
  }
  return out;
}
