import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, chinaToday, type TTodoItem } from '@kechuang/domain';
import { createTestApp, type TestApp, type TestClient } from '../../test/harness';
import { defineModule } from '../platform/module-kit/module';
import { MODULES } from './index';
import { enterpriseId, openTask } from './rd/rd.test-support';

// 我的待办 (GET /api/v1/me/todos) over the demo county: each user sees their own to-dos, sorted by due date.
let t: TestApp;
let staff: TestClient;
let qiye: TestClient;
let ql: number; // 青龙管业, qiye's enterprise
let hx: number; // 华硒生物, someone else's
let qlUnit: number;
let hxUnit: number;
const today = chinaToday();

async function certify(enterprise: number, tier: string, validUntil: string) {
  await t.db
    .insertInto('qualification')
    .values({
      enterprise_id: enterprise,
      region_code: '621122',
      tier,
      year: Number(today.slice(0, 4)) - 3,
      stage: 'certified',
      certified_on: addDays(validUntil, -3 * 365),
      valid_until: validUntil,
      created_by: null,
      updated_by: null,
    })
    .execute();
}

/** Moves one of the enterprise's demo applications to 退回修改 with a reason, as staff's return would. */
async function returnApplicationOf(enterprise: number, reason: string): Promise<number> {
  const app = await t.db
    .selectFrom('project_application')
    .select(['id', 'state', 'region_code'])
    .where('enterprise_id', '=', enterprise)
    .orderBy('id')
    .executeTakeFirstOrThrow();
  await t.db.updateTable('project_application').set({ state: 'returned' }).where('id', '=', app.id).execute();
  await t.db
    .insertInto('project_transition')
    .values({
      region_code: app.region_code,
      application_id: app.id,
      from_state: 'county_review',
      to_state: 'returned',
      comment: reason,
      on_behalf: false,
      visibility: 'applicant',
    })
    .execute();
  return app.id;
}

const todos = async (c: TestClient): Promise<TTodoItem[]> => {
  const res = await c.get('/api/v1/me/todos');
  expect(res.statusCode).toBe(200);
  return res.json();
};
const dueOrder = (items: TTodoItem[]) => items.map((i) => i.dueOn ?? '9999-12-31');

beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  qiye = await t.as('qiye');
  [ql, hx] = [await enterpriseId(t, '青龙管业'), await enterpriseId(t, '华硒')];
  // A form each to fill, due in 20 days; a certificate of each expiring in 40 days.
  const opened = await openTask(t, staff, '2023H1', ['青龙管业', '华硒'], addDays(today, 20));
  [qlUnit, hxUnit] = [opened.unitOf('青龙管业'), opened.unitOf('华硒')];
  await certify(ql, 'tech_sme', addDays(today, 40));
  await certify(hx, 'tech_sme', addDays(today, 40));
});
afterAll(() => t?.close());

describe('我的待办 of an enterprise user', () => {
  it('lists its own form to fill, its certificate expiring and its application returned, sorted by due date', async () => {
    const appId = await returnApplicationOf(ql, '预算表请补充自筹资金来源');
    await returnApplicationOf(hx, '华硒的退回');
    const items = await todos(qiye);
    const form = items.find((i) => i.key === `rd.form:${qlUnit}`);
    expect(form).toMatchObject({ kind: '待填报', dueOn: addDays(today, 20), link: `/rd/units/${qlUnit}` });
    const expiry = items.find((i) => i.kind === '资质到期' && i.dueOn === addDays(today, 40));
    expect(expiry).toMatchObject({ link: '/enterprise/mine' });
    expect(expiry!.title).toContain('资格到期');
    const returned = items.find((i) => i.key === `project.returned:${appId}`);
    expect(returned).toMatchObject({ kind: '退回修改', link: `/project/mine/${appId}` });
    expect(returned!.detail).toContain('预算表请补充自筹资金来源');
    // Its own only: not 华硒's form, nor 华硒's returned application.
    expect(items.some((i) => i.key === `rd.form:${hxUnit}`)).toBe(false);
    expect(items.some((i) => (i.detail ?? '').includes('华硒的退回'))).toBe(false);
    // Sorted: earliest due first, those without a date last.
    expect(dueOrder(items)).toEqual([...dueOrder(items)].sort());
    expect(items.indexOf(form!)).toBeLessThan(items.indexOf(expiry!));
    expect(items.indexOf(expiry!)).toBeLessThan(items.indexOf(returned!));
  });

  it('a form returned for changes is 退回修改 with the reason; a submitted one is no longer a to-do', async () => {
    await t.db
      .updateTable('rd_task_unit')
      .set({ status: 'returned', return_reason: '人员人工费偏高，请核实' })
      .where('id', '=', qlUnit)
      .execute();
    const returned = (await todos(qiye)).find((i) => i.key === `rd.form:${qlUnit}`);
    expect(returned).toMatchObject({ kind: '退回修改' });
    expect(returned!.detail).toContain('人员人工费偏高');
    await t.db.updateTable('rd_task_unit').set({ status: 'submitted' }).where('id', '=', qlUnit).execute();
    expect((await todos(qiye)).some((i) => i.key === `rd.form:${qlUnit}`)).toBe(false);
  });
});

describe('我的待办: rating the commissioner who served the enterprise', () => {
  it('lists the open assessment entry of a commissioner whose logs name it, until it has rated', async () => {
    const entry = await t.db
      .selectFrom('commissioner_assessment_entry as x')
      .innerJoin('commissioner_assessment as a', 'a.id', 'x.assessment_id')
      .select(['x.id', 'x.commissioner_id', 'x.region_code', 'a.year'])
      .where('a.status', '=', 'open')
      .orderBy('x.id')
      .executeTakeFirstOrThrow();
    const key = `commissioner.rating:${entry.id}`;
    expect((await todos(qiye)).some((i) => i.key === key)).toBe(false);
    await t.db
      .insertInto('commissioner_service_log')
      .values({
        commissioner_id: entry.commissioner_id,
        region_code: entry.region_code,
        served_on: `${entry.year}-06-15`,
        place: '青龙管业车间',
        enterprise_id: ql,
        object_name: '甘肃青龙管业有限责任公司',
        content: '管道防腐工艺指导',
        trained_count: 0,
        days: '1.0',
        latitude: null,
        longitude: null,
        created_by: null,
        updated_by: null,
      })
      .execute();
    const rate = (await todos(qiye)).find((i) => i.key === key);
    expect(rate).toMatchObject({ kind: '待评价', link: '/commissioner/ratings' });
    expect(rate!.title).toContain(`${entry.year} 年服务`);
    const user = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'qiye')
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto('commissioner_assessment_rating')
      .values({
        entry_id: entry.id,
        region_code: entry.region_code,
        enterprise_id: ql,
        points: '9.0',
        rated_by: user.id,
      })
      .execute();
    expect((await todos(qiye)).some((i) => i.key === key)).toBe(false);
  });
});

describe('我的待办 of an expert and of staff', () => {
  it('an expert sees the review assignments still open for them, and only theirs', async () => {
    const expert = await t.as('expert');
    const items = await todos(expert);
    const user = await t.db
      .selectFrom('app_user')
      .select('id')
      .where('username', '=', 'expert')
      .executeTakeFirstOrThrow();
    const open = await t.db
      .selectFrom('review_assignment as r')
      .innerJoin('project_application as a', 'a.id', 'r.application_id')
      .select('r.id')
      .where('r.expert_id', '=', user.id)
      .where('r.status', '=', 'assigned')
      .where('a.state', 'in', ['submitted', 'county_review', 'recommended'])
      .execute();
    expect(open.length).toBeGreaterThan(0);
    expect(items.map((i) => i.key).sort()).toEqual(open.map((r) => `project.review:${r.id}`).sort());
    expect(items.every((i) => i.kind === '待评审' && i.link === '/project/reviews')).toBe(true);
  });

  it('staff see the forms submitted for review and the applications waiting for 受理审核, none of an enterprise', async () => {
    const items = await todos(staff);
    const review = items.find((i) => i.kind === '待审核' && i.link.startsWith('/rd/tasks/'));
    expect(review?.title).toMatch(/\d+ 份填报待审核/);
    const submitted = await t.db
      .selectFrom('project_application')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('state', '=', 'submitted')
      .executeTakeFirstOrThrow();
    const waiting = items
      .filter((i) => i.kind === '待受理')
      .reduce((n, i) => n + Number(/(\d+) 份申报书/.exec(i.title)![1]), 0);
    expect(waiting).toBe(Number(submitted.n));
    expect(items.some((i) => i.kind === '待填报' || i.kind === '资质到期')).toBe(false);
  });

  it('an administrator has nothing to do here, and a caller without a session is refused', async () => {
    expect(await todos(await t.as('admin'))).toEqual([]);
    expect((await t.client().get('/api/v1/me/todos')).statusCode).toBe(401);
  });
});

describe('a module whose to-dos fail', () => {
  it('fails the request (a bug to fix, not a section silently left out)', async () => {
    const broken = defineModule({
      name: 'broken',
      routes: async () => undefined,
      todos: async () => {
        throw new Error('todos of a broken module');
      },
    });
    const other = await createTestApp({ modules: [...MODULES, broken] });
    try {
      const res = await (await other.as('qiye')).get('/api/v1/me/todos');
      expect(res.statusCode).toBe(500);
    } finally {
      await other.close();
    }
  });
});
