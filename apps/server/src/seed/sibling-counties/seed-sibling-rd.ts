import type { Transaction } from 'kysely';
import { parseRdPeriod } from '@kechuang/domain';
import type { Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { insertRdTask } from '../../modules/rd/insert-rd-task';
import { figuresFor, type Plan } from '../seed-demo-rd';
import { BUSINESSES, type SiblingCounty } from './sibling-counties';

/**
 * Shares of a whole number (the units' 2022 H1 internal expenditure): the county's total split by falling weights (the biggest
 * firms first), the last unit taking what rounding left, so they add up to the table's figure exactly.
 */
export function rdShares(total: number, units: number): number[] {
  const weights = Array.from({ length: units }, (_, k) => units - k + 2);
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  shares[units - 1] += total - shares.reduce((a, b) => a + b, 0);
  return shares;
}

/** The three collections a county ran: the 2021 year, 2022 H1 and the 2022 year; each closed, published, approved. */
const TASKS = [
  { period: '2021', title: '2021年度全社会研发经费归集', due: '2022-03-10', factor: 1.8, submitted: '2022-03-04' },
  { period: '2022H1', title: '2022年上半年全社会研发经费归集', due: '2022-07-20', factor: 1, submitted: '2022-07-12' },
  { period: '2022', title: '2022年度全社会研发经费归集', due: '2023-03-10', factor: 2.15, submitted: '2023-03-03' },
] as const;

const at = (day: string, plusDays = 0) => new Date(Date.parse(`${day}T10:00:00+08:00`) + plusDays * 86_400_000);

/** The county's R&D collections, every unit approved with a consistent form, and its GDP for the intensity. */
export async function seedSiblingRd(
  trx: Transaction<DB>,
  actor: Actor,
  c: SiblingCounty,
  firms: number[],
): Promise<number[]> {
  const h1 = rdShares(c.rdH1 / 100, c.rdUnits).map((hundreds) => hundreds * 100); // whole hundreds of 元
  const taskIds: number[] = [];
  for (const t of TASKS) {
    const { id } = await insertRdTask(trx, actor, {
      regionCode: c.code,
      title: t.title,
      period: parseRdPeriod(t.period)!,
      dueDate: t.due,
      units: { picks: [], tags: [], enterpriseIds: firms.slice(0, c.rdUnits) },
    });
    taskIds.push(id);
    const closed = at(t.due, 0.33);
    await trx
      .updateTable('rd_task')
      .set({
        status: 'closed',
        opened_at: at(t.submitted, -30),
        closed_at: closed,
        published: true,
        published_at: closed,
      })
      .where('id', '=', id)
      .execute();
    const units = await trx
      .selectFrom('rd_task_unit')
      .select(['id', 'enterprise_id', 'staff_total'])
      .where('task_id', '=', id)
      .orderBy('id')
      .execute();
    const projects = [];
    for (const unit of units) {
      const k = firms.indexOf(unit.enterprise_id);
      const total = `${Math.round((h1[k] * t.factor) / 100) * 100}.00`;
      const plan: Plan = {
        short: String(k),
        h1: total,
        status: 'approved',
        intensity: 2.5 + (k % 6) * 0.9,
        gov: k % 3 === 0 ? 8 : 0,
        projects: [BUSINESSES[c.firms[k][1]].topic],
      };
      const { projects: unitProjects, ...f } = figuresFor(total, plan, unit.staff_total);
      await trx
        .updateTable('rd_task_unit')
        .set({
          ...f,
          status: 'approved',
          saved_at: at(t.submitted, -1),
          submitted_at: at(t.submitted),
          reviewed_at: at(t.submitted, 4),
        })
        .where('id', '=', unit.id)
        .execute();
      projects.push(
        ...unitProjects.map((x, i) => ({
          ...x,
          task_unit_id: unit.id,
          region_code: c.code,
          seq: i + 1,
          source: plan.gov > 0 ? 'government' : 'own',
          cooperation: 'independent',
          stage: 'research',
          created_by: null,
          updated_by: null,
        })),
      );
    }
    // One statement per task: the seed runs before every test file.
    await trx.insertInto('rd_project').values(projects).execute();
  }
  const [y2021, h12022, y2022] = c.gdp;
  await trx
    .insertInto('indicator_value')
    .values(
      [
        { period: '2021', value: y2021, source: `${c.name}统计局《2021年国民经济和社会发展统计公报》（演示数据）` },
        { period: '2022H1', value: h12022, source: `${c.name}统计局 2022年上半年主要经济指标（演示数据）` },
        { period: '2022', value: y2022, source: `${c.name}统计局《2022年国民经济和社会发展统计公报》（演示数据）` },
      ].map((g) => ({
        ...g,
        region_code: c.code,
        code: 'gdp',
        unit: '元',
        remark: null,
        created_by: null,
        updated_by: null,
      })),
    )
    // The indicator module's demo may have entered the 2022 H1 GDP already: the county's own table wins.
    .onConflict((oc) =>
      oc.columns(['region_code', 'code', 'period']).doUpdateSet((eb) => ({
        value: eb.ref('excluded.value'),
        source: eb.ref('excluded.source'),
      })),
    )
    .execute();
  return taskIds;
}
