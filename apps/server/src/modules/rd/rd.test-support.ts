import type { TestApp, TestClient } from '../../../test/harness';

/** A complete, consistent form body: 内部支出 100 万 split by type and by source, revenue 2000 万. */
export const GOOD_FORM = {
  staffTotal: 100,
  revenue: '20000000.00',
  rdStaff: 20,
  internalTotal: '1000000.00',
  labor: '400000.00',
  materials: '300000.00',
  depreciation: '100000.00',
  equipment: '150000.00',
  otherCost: '50000.00',
  fundsOwn: '800000.00',
  fundsGovernment: '100000.00',
  fundsOther: '100000.00',
  external: '0.00',
  deductionClaimed: '500000.00',
  projects: [
    {
      name: '马铃薯淀粉废水资源化',
      source: 'own',
      cooperation: 'independent',
      stage: 'research',
      people: 6,
      personMonths: 30,
      expenditure: '600000.00',
      government: '100000.00',
    },
  ],
  explanations: {},
};

const toCents = (s: string) => BigInt(s.replace('.', ''));
const fromCents = (c: bigint) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`;

/** A decimal string plus another, exactly ('0.10' + '0.20' = '0.30'). */
export const plus = (a: string, b: string) => fromCents(toCents(a) + toCents(b));

/** A consistent form for a total (two decimals): type split 40/30/10/15/5 %, source 80/10/10 %, revenue = 20 × total. */
export function formFor(total: string) {
  const t = toCents(total);
  const pct = (p: bigint) => fromCents((t * p) / 100n);
  const parts = [40n, 30n, 10n, 15n].map((p) => (t * p) / 100n);
  const sources = [10n, 10n].map((p) => (t * p) / 100n);
  return {
    ...GOOD_FORM,
    revenue: fromCents(t * 20n),
    internalTotal: total,
    labor: fromCents(parts[0]),
    materials: fromCents(parts[1]),
    depreciation: fromCents(parts[2]),
    equipment: fromCents(parts[3]),
    otherCost: fromCents(t - parts.reduce((a, b) => a + b, 0n)),
    fundsOwn: fromCents(t - sources[0] - sources[1]),
    fundsGovernment: fromCents(sources[0]),
    fundsOther: fromCents(sources[1]),
    deductionClaimed: pct(50n),
    projects: [{ ...GOOD_FORM.projects[0], expenditure: pct(60n), government: fromCents(sources[0]) }],
  };
}

/** The id of a demo enterprise by part of its name. */
export const enterpriseId = async (t: TestApp, name: string) =>
  (await t.db.selectFrom('enterprise').select('id').where('name', 'like', `%${name}%`).executeTakeFirstOrThrow()).id;

/** Creates and opens a task for the named enterprises; returns the task and its unit ids by name fragment. */
export async function openTask(
  t: TestApp,
  staff: TestClient,
  period: string,
  names: string[],
  dueDate = `${period.slice(0, 4)}-12-31`,
) {
  const ids = await Promise.all(names.map((n) => enterpriseId(t, n)));
  const created = await staff.post('/api/v1/rd/tasks', {
    title: `${period} 测试任务`,
    period,
    dueDate,
    units: { enterpriseIds: ids },
  });
  if (created.statusCode !== 200) throw new Error(created.body);
  const opened = await staff.post(`/api/v1/rd/tasks/${created.json().id}/open`, { version: created.json().version });
  if (opened.statusCode !== 200) throw new Error(opened.body);
  const units = await t.db
    .selectFrom('rd_task_unit')
    .select(['id', 'enterprise_id'])
    .where('task_id', '=', created.json().id)
    .execute();
  const unitOf = (name: string) => units.find((u) => u.enterprise_id === ids[names.indexOf(name)])!.id;
  return { task: opened.json(), unitOf };
}

/** The current version of a unit's form. */
export const unitVersion = async (t: TestApp, id: number) =>
  (await t.db.selectFrom('rd_task_unit').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;

/** Saves a form with the unit's current version. */
export async function save(t: TestApp, c: TestClient, id: number, body: Record<string, unknown>) {
  return c.put(`/api/v1/rd/units/${id}`, { ...body, version: await unitVersion(t, id) });
}

/** Saves a form and submits it; returns the submit response. */
export async function saveAndSubmit(t: TestApp, c: TestClient, id: number, body: Record<string, unknown>) {
  const saved = await save(t, c, id, body);
  if (saved.statusCode !== 200) throw new Error(saved.body);
  return c.post(`/api/v1/rd/units/${id}/submit`, { version: await unitVersion(t, id) });
}
