import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { composeCreditCode } from '@kechuang/domain';
import { fillTemplate } from '../../../../test/fill-template';
import { httpLogin, startServerProcess } from '../../../../test/server-process';
import { createEmptyPgDatabase, testDbKind } from '../../../../test/test-db';
import { INTERRUPTED_MESSAGE } from '../../../platform/jobs/job-runner';

const PASSWORD = 'Kechuang@2022';
const ROWS = 12_000;
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c().catch(() => undefined);
});

const code = (n: number) => composeCreditCode('621122', `RT${String(100000 + n).padStart(6, '0')}`);

type Client = Awaited<ReturnType<typeof httpLogin>>;
interface JobView {
  status: string;
  progress: number;
  message: string | null;
}
const job = async (c: Client, id: number) => (await (await c.get(`/api/v1/jobs/${id}`)).json()) as JobView;
const imported = async (c: Client) =>
  ((await (await c.get('/api/v1/enterprises?keyword=重启导入&pageSize=1')).json()) as { total: number }).total;

describe('an import killed while writing', () => {
  it('is failed at once after a quick restart, wrote nothing, and can be confirmed again', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'kc-import-restart-'));
    cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
    let databaseUrl: string | null = null;
    if (testDbKind() === 'postgres') {
      const empty = await createEmptyPgDatabase('kc_import_restart');
      databaseUrl = empty.url;
      cleanups.push(empty.drop);
    }
    const first = await startServerProcess({ dataDir, databaseUrl });
    cleanups.push(first.kill);
    const staff = await httpLogin(first.base, 'staff', PASSWORD);
    const template = Buffer.from(await (await staff.get('/api/v1/enterprises/import-template')).arrayBuffer());
    const rows = Array.from({ length: ROWS }, (_, i) => ({
      企业名称: `重启导入${i}号科技有限公司`,
      统一社会信用代码: code(i),
      所属乡镇: '巩昌镇',
      行业代码: '2730',
      数据年度: 2021,
      职工总数: 50,
      科技人员数: 10,
    }));
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(await fillTemplate(template, rows))]), '重启导入.xlsx');
    const base = first.base;
    const cookieCall = await fetch(`${base}/api/v1/enterprises/import`, {
      method: 'POST',
      headers: staff.headers,
      body: form,
    });
    expect(cookieCall.status).toBe(200);
    const validateId = ((await cookieCall.json()) as { jobId: number }).jobId;
    await vi.waitFor(async () => expect((await job(staff, validateId)).status).toBe('succeeded'), {
      timeout: 60_000,
      interval: 100,
    });

    const confirm = await staff.post(`/api/v1/enterprises/import/${validateId}/confirm`, {});
    expect(confirm.status, await confirm.clone().text()).toBe(200);
    const commitId = ((await confirm.json()) as { jobId: number }).jobId;
    // Kill once it is writing: the write is one transaction of several seconds, marked committed at its very end.
    // On PostgreSQL the job answers '写入数据' (progress 20) just before it; on PGlite the one database session is
    // held by that transaction, so a status request that gets no answer for 400 ms says the same.
    for (;;) {
      const answer = await Promise.race([job(staff, commitId), delay(400).then(() => null)]);
      if (answer === null || (answer.status === 'running' && answer.progress >= 20)) break;
      expect(['queued', 'running']).toContain(answer.status);
    }
    await first.kill();

    const second = await startServerProcess({ dataDir, databaseUrl });
    cleanups.push(second.stop);
    const again = await httpLogin(second.base, 'staff', PASSWORD);
    expect(await job(again, commitId)).toMatchObject({ status: 'failed', message: INTERRUPTED_MESSAGE });
    expect(await imported(again)).toBe(0);

    const retry = await again.post(`/api/v1/enterprises/import/${validateId}/confirm`, {});
    expect(retry.status).toBe(200);
    const retryId = ((await retry.json()) as { jobId: number }).jobId;
    await vi.waitFor(async () => expect((await job(again, retryId)).status).toBe('succeeded'), {
      timeout: 120_000,
      interval: 200,
    });
    expect(await imported(again)).toBe(ROWS);
    // Once written, the same file cannot be confirmed a third time.
    expect((await again.post(`/api/v1/enterprises/import/${validateId}/confirm`, {})).status).toBe(409);
  }, 300_000);
});
