import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from '../../../test/harness';

let t: TestApp;
const c: Record<string, TestClient> = {};
const ids: Record<string, number> = {};
beforeAll(async () => {
  t = await createTestApp();
  for (const who of ['admin', 'auditor', 'staff', 'leader', 'tpy']) {
    c[who] = await t.as(who);
    ids[who] = (
      await t.db.selectFrom('app_user').select('id').where('username', '=', who).executeTakeFirstOrThrow()
    ).id;
  }
});
afterAll(() => t?.close());

type Page<T> = { data: T[]; total: number; unread?: number };
const page = async <T>(client: TestClient, url: string): Promise<Page<T>> => {
  const res = await client.get(url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

/** Every page of a list, one after the other, and the total each page gave. */
async function allPages<T>(client: TestClient, url: string, pageSize: number) {
  const rows: T[] = [];
  const totals = new Set<number>();
  for (let current = 1; ; current++) {
    const p = await page<T>(client, `${url}${url.includes('?') ? '&' : '?'}pageSize=${pageSize}&current=${current}`);
    totals.add(p.total);
    rows.push(...p.data);
    if (p.data.length < pageSize) break;
  }
  return { rows, totals: [...totals] };
}

async function addJob(title: string, createdBy: number, regionCode: string | null) {
  const row = await t.db
    .insertInto('job')
    .values({
      type: 'test.done',
      title,
      status: 'succeeded',
      progress: 100,
      payload: null,
      result: null,
      created_by: createdBy,
      region_code: regionCode,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('任务中心: whose jobs a list shows', () => {
  let mine: number[];
  let others: { leader: number; regionless: number; elsewhere: number };
  beforeAll(async () => {
    mine = [await addJob('王科员的任务一', ids.staff, '621122'), await addJob('王科员的任务二', ids.staff, '621122')];
    others = {
      leader: await addJob('李局长的任务', ids.leader, '621122'),
      regionless: await addJob('系统任务', ids.admin, null),
      elsewhere: await addJob('安定区的任务', ids.leader, '621102'),
    };
  });

  it('shows every user their own jobs, newest first, even when they ask for all', async () => {
    for (const url of ['/api/v1/jobs', '/api/v1/jobs?all=true']) {
      const p = await page<{ id: number; createdBy: number }>(c.staff, url);
      expect(p.data.every((j) => j.createdBy === ids.staff)).toBe(true);
      expect(p.data.map((j) => j.id)).toEqual([...mine].reverse());
      expect(p.total).toBe(2);
    }
  });

  it('shows the system admin asking for all the jobs of the region and those without one, page by page', async () => {
    const { rows, totals } = await allPages<{ id: number }>(c.admin, '/api/v1/jobs?all=true', 2);
    const seen = rows.map((j) => j.id);
    expect(seen).toEqual(expect.arrayContaining([...mine, others.leader, others.regionless]));
    expect(seen).not.toContain(others.elsewhere);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => b - a));
    expect(totals).toEqual([seen.length]);
  });

  it('shows a job to who submitted it and to the system admin; others get 403, a missing job 404', async () => {
    expect((await c.staff.get(`/api/v1/jobs/${mine[0]}`)).json().title).toBe('王科员的任务一');
    expect((await c.admin.get(`/api/v1/jobs/${mine[0]}`)).statusCode).toBe(200);
    const refused = await c.leader.get(`/api/v1/jobs/${mine[0]}`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toBe('只能查看本人提交的任务');
    expect((await c.staff.get('/api/v1/jobs/999999')).statusCode).toBe(404);
  });
});

describe('消息: the bell', () => {
  it('pages a user’s messages newest first with the unread count, filters the unread, and marks them read', async () => {
    const user = ids.tpy;
    const at = (minute: number) => new Date(`2026-12-01T08:${String(minute).padStart(2, '0')}:00Z`);
    for (const [i, read] of [false, true, false].entries()) {
      await t.db
        .insertInto('message')
        .values({
          user_id: user,
          category: 'todo',
          title: `消息${i + 1}`,
          body: '正文',
          link: null,
          read_at: read ? at(i) : null,
          created_at: at(i),
        })
        .execute();
    }
    const inDb = await t.db.selectFrom('message').select(['id', 'read_at']).where('user_id', '=', user).execute();
    const unreadInDb = inDb.filter((m) => m.read_at === null).length;

    const { rows, totals } = await allPages<{ id: number; title: string }>(c.tpy, '/api/v1/messages', 2);
    expect(rows.map((m) => m.id)).toEqual(inDb.map((m) => m.id).sort((a, b) => b - a));
    expect(totals).toEqual([inDb.length]);
    expect((await page(c.tpy, '/api/v1/messages?pageSize=2')).unread).toBe(unreadInDb);

    const unread = await page<{ id: number; readAt: string | null }>(c.tpy, '/api/v1/messages?unread=true');
    expect(unread.data.every((m) => m.readAt === null)).toBe(true);
    expect(unread.total).toBe(unreadInDb);

    expect((await c.tpy.post('/api/v1/messages/read', { ids: [unread.data[0].id] })).statusCode).toBe(200);
    expect((await page(c.tpy, '/api/v1/messages')).unread).toBe(unreadInDb - 1);
    expect((await c.tpy.post('/api/v1/messages/read', {})).statusCode).toBe(200);
    expect((await page(c.tpy, '/api/v1/messages')).unread).toBe(0);
  });
});

describe('用户列表 and 操作日志 page through the whole list', () => {
  it('lists the users of the region by id, each once across pages, with the same total on every page', async () => {
    const { rows, totals } = await allPages<{ id: number; regionCode: string }>(c.admin, '/api/v1/users', 3);
    const seen = rows.map((u) => u.id);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(new Set(seen).size).toBe(seen.length);
    expect(totals).toEqual([seen.length]);
    expect(seen).toEqual(expect.arrayContaining([ids.admin, ids.staff, ids.leader]));
  });

  it('lists the audit trail newest first, each row once across pages (sign-ins: reading adds no row to them)', async () => {
    const { rows, totals } = await allPages<{ id: number; action: string }>(
      c.auditor,
      '/api/v1/audit/logs?action=auth.',
      2,
    );
    const inDb = await t.db.selectFrom('audit_log').select('id').where('action', 'like', 'auth.%').execute();
    expect(rows.map((r) => r.id)).toEqual(inDb.map((r) => Number(r.id)).sort((a, b) => b - a));
    expect(totals).toEqual([inDb.length]);
    expect(inDb.length).toBeGreaterThan(2);
  });
});
