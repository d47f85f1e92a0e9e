/** Test-only helpers for the project module's API tests (not imported by the module itself). */
import { randomUUID } from 'node:crypto';
import type { TestApp, TestClient } from '../../../test/harness';

export const FORM = [
  { key: 'leader', label: '项目负责人', type: 'text', required: true },
  { key: 'budget', label: '项目总投资（元）', type: 'money', required: true },
  { key: 'note', label: '备注', type: 'textarea', required: false },
  { key: 'feasibility', label: '可行性研究报告', type: 'file', required: true },
  { key: 'photo', label: '现场照片', type: 'file', required: false },
];
export const CRITERIA = [
  { key: 'innovation', label: '创新性', maxScore: 30, weight: 30 },
  { key: 'feasibility', label: '可行性', maxScore: 40, weight: 40 },
  { key: 'benefit', label: '效益', maxScore: 30, weight: 30 },
];
const DAY = 86_400_000;

/** Creates and publishes a call through the API; open now unless told otherwise. */
export async function createCall(
  staff: TestClient,
  over: Record<string, unknown> = {},
): Promise<{ id: number; version: number }> {
  const body = {
    title: `测试批次${randomUUID().slice(0, 8)}`,
    category: 'county_plan',
    level: 'county',
    year: 2026,
    opensAt: new Date(Date.now() - DAY).toISOString(),
    closesAt: new Date(Date.now() + 10 * DAY).toISOString(),
    form: FORM,
    criteria: CRITERIA,
    minExperts: 2,
    ...over,
  };
  const res = await staff.post('/api/v1/calls', body);
  if (res.statusCode !== 200) throw new Error(`create call: ${res.body}`);
  const pub = await staff.post(`/api/v1/calls/${res.json().id}/publish`, { version: res.json().version });
  if (pub.statusCode !== 200) throw new Error(`publish call: ${pub.body}`);
  return { id: pub.json().id, version: pub.json().version };
}

/** The id of a demo enterprise by part of its name. */
export async function enterpriseId(t: TestApp, name: string): Promise<number> {
  return (await t.db.selectFrom('enterprise').select('id').where('name', 'like', `%${name}%`).executeTakeFirstOrThrow())
    .id;
}

/** Puts an application straight into a state (with complete data and a file in the required slot). */
export async function insertApplication(
  t: TestApp,
  o: { callId: number; enterpriseId: number; state: string; title?: string },
): Promise<{ id: number; version: number }> {
  const row = await t.db
    .insertInto('project_application')
    .values({
      region_code: '621122',
      call_id: o.callId,
      enterprise_id: o.enterpriseId,
      title: o.title ?? `测试项目${randomUUID().slice(0, 6)}`,
      state: o.state,
      data: JSON.stringify({ leader: '张三', budget: '100000.00' }),
      requested_amount: '100000.00',
      project_no: null,
      starts_on: null,
      ends_on: null,
      midterm_due_on: null,
      submitted_at: null,
      created_by: null,
      updated_by: null,
    })
    .returning(['id', 'version'])
    .executeTakeFirstOrThrow();
  await t.db
    .insertInto('project_file')
    .values({
      region_code: '621122',
      owner_type: 'application',
      owner_id: row.id,
      slot: 'feasibility',
      file_name: '可研报告.pdf',
      mime_type: 'application/pdf',
      size_bytes: 10,
      sha256: '0'.repeat(64),
      storage_key: randomUUID(),
      created_by: null,
      updated_by: null,
    })
    .execute();
  return row;
}

/** Posts one file as multipart/form-data, signed in as the client. */
export function upload(t: TestApp, client: TestClient, url: string, fileName: string, data: Buffer) {
  const boundary = `----kc${randomUUID().replace(/-/g, '')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
  );
  const payload = Buffer.concat([head, data, Buffer.from(`\r\n--${boundary}--\r\n`)]);
  const headers: Record<string, string> = { 'content-type': `multipart/form-data; boundary=${boundary}` };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.csrf) headers['x-csrf-token'] = client.csrf;
  return t.app.inject({ method: 'POST', url, headers, payload });
}

/** Adds an expert account of the county (signing in with the demo password), without a profile yet. */
export async function addExpertAccount(t: TestApp, username: string, name: string): Promise<number> {
  const base = await t.db
    .selectFrom('app_user')
    .select('password_hash')
    .where('username', '=', 'expert')
    .executeTakeFirstOrThrow();
  const u = await t.db
    .insertInto('app_user')
    .values({
      username,
      display_name: name,
      password_hash: base.password_hash,
      region_code: '621122',
      enterprise_id: null,
      must_change_password: false,
      created_by: null,
      updated_by: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.db.insertInto('user_role').values({ user_id: u.id, role_code: 'expert' }).execute();
  return u.id;
}

/** Adds one more expert account (with a profile) so aggregation examples can use four experts. */
export async function addExpert(
  t: TestApp,
  username: string,
  name: string,
  employer: { name?: string; creditCode?: string } = {},
): Promise<number> {
  const id = await addExpertAccount(t, username, name);
  await t.db
    .insertInto('expert_profile')
    .values({
      user_id: id,
      region_code: '621122',
      name,
      title: null,
      employer_name: employer.name ?? null,
      employer_credit_code: employer.creditCode ?? null,
      conflicts: '[]',
      created_by: null,
      updated_by: null,
    })
    .execute();
  return id;
}

/** The user id of a demo account. */
export async function userId(t: TestApp, username: string): Promise<number> {
  return (await t.db.selectFrom('app_user').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
}

/** Counts rows written for an application: its transitions, its transition audit rows, its timeline events. */
export async function trail(t: TestApp, applicationId: number) {
  const n = async (q: Promise<{ n: number | string | bigint } | undefined>) => Number((await q)?.n ?? 0);
  return {
    transitions: await n(
      t.db
        .selectFrom('project_transition')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('application_id', '=', applicationId)
        .executeTakeFirst(),
    ),
    audits: await n(
      t.db
        .selectFrom('audit_log')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('object_type', '=', 'project_application')
        .where('object_id', '=', String(applicationId))
        .where('action', '=', 'project.application.transition')
        .executeTakeFirst(),
    ),
    events: await n(
      t.db
        .selectFrom('enterprise_event')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('ref_type', '=', 'project_application')
        .where('ref_id', '=', applicationId)
        .executeTakeFirst(),
    ),
  };
}
