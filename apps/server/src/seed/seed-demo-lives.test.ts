import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findTransition, reportPeriod, type ApplicationState, type ReportFact } from '@kechuang/domain';
import { openEmptyDatabase } from '../../test/test-db';
import { MIGRATIONS, MODULES } from '../modules/index';
import { listDeadlines } from '../modules/enterprise/deadlines';
import { listProjectDeadlines } from '../modules/project/project-deadlines';
import type { Database } from '../platform/db/database';
import { migrateToLatest } from '../platform/db/migrate';
import { collectFacts } from '../platform/module-kit/collect-facts';
import { DEMO_COUNTY } from './demo-accounts';
import { chinaAt } from './demo-life';
import { seedDemo } from './seed-demo';

// The demo started on a fixed day, as if the clock said so, beside the demo as recorded (2022 H1 only).
const TODAY = '2026-12-07';
const COUNTY = { kind: 'region' as const, prefix: DEMO_COUNTY.code };
let living: Database;
let recorded: Database;
const seconds: Record<string, number> = {};

async function seeded(name: string, today: string | null): Promise<Database> {
  const database = await openEmptyDatabase(`kc_lives_${name}`);
  await migrateToLatest(database.db as never, MIGRATIONS);
  const started = performance.now();
  await seedDemo(database.db, MODULES, today);
  seconds[name] = Math.round(performance.now() - started) / 1000;
  return database;
}

beforeAll(async () => {
  recorded = await seeded('recorded', null);
  living = await seeded('living', TODAY);
  // The seed's cost, for the report (not asserted: speed is for the benchmark).
  console.info(`demo seed: as recorded ${seconds.recorded} s, living until ${TODAY} ${seconds.living} s`);
}, 300_000);
afterAll(async () => {
  await Promise.all([living?.close(), recorded?.close()]);
});

describe('the demo county lives on until today', () => {
  it('keeps the 2022 H1 report facts exactly as recorded', async () => {
    const period = reportPeriod('2022H1')!;
    const query = {
      regionCode: DEMO_COUNTY.code,
      scopePrefix: DEMO_COUNTY.code,
      period,
      from: period.from,
      to: period.to,
    };
    const byKey = (facts: ReportFact[]) =>
      facts.map((f) => JSON.stringify([f.key, f.dimensions, f.value, f.recordIds])).sort();
    const before = await collectFacts(recorded.db, MODULES, query);
    expect(before.length).toBeGreaterThan(10);
    expect(byKey(await collectFacts(living.db, MODULES, query))).toEqual(byKey(before));
  });

  it('has carried 2022’s projects through: none still being implemented past its end date, none overdue', async () => {
    const late = await living.db
      .selectFrom('project_application')
      .select(['title', 'ends_on'])
      .where('state', 'in', ['in_progress', 'midterm'])
      .where('ends_on', '<', TODAY)
      .execute();
    expect(late).toEqual([]);
    const deadlines = await listProjectDeadlines(living.db, COUNTY, TODAY, 365);
    expect(deadlines.filter((d) => d.daysLeft < 0)).toEqual([]);
    // The project of last year's county call owes its 中期检查 soon; the current call closes ahead.
    expect(deadlines.map((d) => [d.kind, d.daysLeft])).toEqual(
      expect.arrayContaining([
        ['midterm-due', 24],
        ['call-closing', expect.any(Number)],
      ]),
    );
    // The recorded demo, by contrast, still implements 2022's projects, long past their end dates.
    const recordedLate = await listProjectDeadlines(recorded.db, COUNTY, TODAY, 365);
    expect(recordedLate.some((d) => d.daysLeft < 0)).toBe(true);
  });

  it('moves every project along the state machine only, and accepts none without its money and number', async () => {
    const apps = await living.db
      .selectFrom('project_application')
      .select(['id', 'title', 'state', 'approved_amount', 'project_no'])
      .execute();
    const transitions = await living.db
      .selectFrom('project_transition')
      .select(['application_id', 'from_state', 'to_state', 'at'])
      .orderBy('at')
      .orderBy('id')
      .execute();
    const funded = await living.db.selectFrom('funding_record').select('application_id').execute();
    for (const a of apps) {
      const path = transitions.filter((t) => t.application_id === a.id);
      let state: ApplicationState = 'draft';
      for (const t of path) {
        expect(t.from_state, a.title).toBe(state);
        expect(
          findTransition(state, t.to_state as ApplicationState),
          `${a.title}: ${state} → ${t.to_state}`,
        ).toBeDefined();
        expect(t.at.getTime(), a.title).toBeLessThanOrEqual(chinaAt(TODAY, '23:59:59').getTime());
        state = t.to_state as ApplicationState;
      }
      expect(a.state, a.title).toBe(state);
      if (state === 'accepted') {
        expect([a.approved_amount, a.project_no].every(Boolean), a.title).toBe(true);
        expect(
          funded.some((f) => f.application_id === a.id),
          a.title,
        ).toBe(true);
      }
    }
    expect(apps.filter((a) => a.state === 'accepted').length).toBeGreaterThanOrEqual(8);
  });

  it('has one R&D task collecting with its deadline ahead, and every earlier one closed', async () => {
    const tasks = await living.db
      .selectFrom('rd_task')
      .select(['id', 'period', 'status', 'due_date', 'published'])
      .where('region_code', '=', DEMO_COUNTY.code)
      .execute();
    const open = tasks.filter((t) => t.status === 'open');
    expect(open.map((t) => t.period)).toEqual(['2026H1']);
    expect(open[0].due_date > TODAY).toBe(true);
    const past = tasks.filter((t) => t.status !== 'open');
    expect(past.map((t) => t.period).sort()).toEqual(['2021', '2022', '2022H1', '2023', '2024', '2025']);
    expect(past.every((t) => t.status === 'closed' && t.published)).toBe(true);
    const units = await living.db
      .selectFrom('rd_task_unit')
      .select(['status', 'submitted_at'])
      .where('task_id', '=', open[0].id)
      .execute();
    const count = (s: string) => units.filter((u) => u.status === s).length;
    expect([count('approved') > 0, count('submitted') > 0, count('not_filled') > 0]).toEqual([true, true, true]);
    expect(units.every((u) => !u.submitted_at || u.submitted_at <= chinaAt(TODAY, '23:59:59'))).toBe(true);
  });

  it('lists a certificate expiring soon in 到期提醒 (and this year’s 科小 入库 running to 31 December)', async () => {
    const due = await listDeadlines(living.db, COUNTY, TODAY, 120);
    const expiring = due.filter((d) => d.kind === 'expiry');
    expect(expiring.find((d) => d.title === '高新技术企业资格到期')).toMatchObject({
      enterpriseName: '甘肃青龙管业有限责任公司',
      daysLeft: 45,
    });
    expect(expiring.filter((d) => d.due === '2026-12-31').length).toBeGreaterThan(15);
    // As recorded, every certificate ran out years ago: the page was empty.
    expect((await listDeadlines(recorded.db, COUNTY, TODAY, 120)).filter((d) => d.kind === 'expiry')).toEqual([]);
  });

  it('has this year’s commissioner logs and liaison visits, none dated after today', async () => {
    const logs = await living.db
      .selectFrom('commissioner_service_log')
      .select('served_on')
      .where('served_on', '>=', '2026-01-01')
      .execute();
    const visits = await living.db
      .selectFrom('liaison_visit')
      .select('visited_on')
      .where('visited_on', '>=', '2026-01-01')
      .execute();
    expect([logs.length > 0, visits.length > 0]).toEqual([true, true]);
    expect([...logs.map((l) => l.served_on), ...visits.map((v) => v.visited_on)].every((d) => d <= TODAY)).toBe(true);
  });

  it('has a project call and a 揭榜挂帅 call open today', async () => {
    const noon = chinaAt(TODAY, '12:00:00');
    const open = await living.db
      .selectFrom('project_call')
      .select('title')
      .where('status', '=', 'published')
      .where('opens_at', '<=', noon)
      .where('closes_at', '>', noon)
      .execute();
    expect(open).toEqual([{ title: '2026年陇西县科技计划项目' }]);
    const collecting = await living.db
      .selectFrom('tech_demand_call as c')
      .select(['c.title', (eb) => eb.fn.countAll<number>().as('demands')])
      .innerJoin('tech_demand as d', 'd.call_id', 'c.id')
      .where('c.state', '=', 'collecting')
      .where('c.collect_from', '<=', TODAY)
      .where('c.collect_to', '>=', TODAY)
      .groupBy('c.title')
      .execute();
    expect(collecting.map((c) => [c.title, Number(c.demands)])).toEqual([
      ['2026年陇西县“揭榜挂帅”关键技术需求榜单', 2],
    ]);
  });
});
