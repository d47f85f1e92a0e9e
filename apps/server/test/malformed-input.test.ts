import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type TestClient } from './harness';

/**
 * Every endpoint of the OpenAPI document, sent the probe's classes of malformed input — a NUL byte in text, an
 * impossible date, an integer past PostgreSQL's range, an id past it in the path — answers 400 (or a refusal),
 * never 500: bad input gets a Chinese message, not a server error.
 */
type Schema = { type?: string | string[]; format?: string; pattern?: string; properties?: Record<string, Schema> };
type Operation = {
  parameters?: { name: string; in: string; schema?: Schema }[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
};

let t: TestApp;
let staff: TestClient;
let ops: { method: string; path: string; op: Operation }[];
beforeAll(async () => {
  t = await createTestApp();
  staff = await t.as('staff');
  const doc = (await staff.get('/api/docs/json')).json();
  ops = Object.entries(doc.paths as Record<string, Record<string, Operation>>).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), path, op })),
  );
});
afterAll(() => t?.close());

const isType = (s: Schema | undefined, type: string) =>
  s?.type === type || (Array.isArray(s?.type) && s.type.includes(type));
const isDate = (name: string, s: Schema | undefined) =>
  s?.format === 'date' || String(s?.pattern ?? '').includes('\\d{4}-') || /(^|[a-z])(date|on|from|to)$/i.test(name);

/** One malformed value for a field of this schema, in the given class. */
function bad(kind: 'nul' | 'date' | 'int', name: string, s: Schema | undefined): unknown {
  if (kind === 'int') return isType(s, 'integer') || isType(s, 'number') ? 99_999_999_999_999 : undefined;
  if (!isType(s, 'string') && s?.type !== undefined) return undefined;
  if (kind === 'date') return isDate(name, s) ? '2022-02-30' : undefined;
  return `甲\u0000乙`;
}

const KINDS = ['nul', 'date', 'int'] as const;

function concretePath(path: string, id: string): string {
  return `/api/v1${path.replace(/^\/api\/v1/, '')}`.replace(/\{[^}]+\}/g, id);
}

describe('malformed input never answers 500', () => {
  it('in query parameters, path ids and JSON bodies of every endpoint', async () => {
    const failures: string[] = [];
    let sent = 0;
    for (const { method, path, op } of ops) {
      if (!path.startsWith('/api/v1/') || path.includes('/auth/logout')) continue;
      const query = (op.parameters ?? []).filter((p) => p.in === 'query');
      const bodySchema = op.requestBody?.content?.['application/json']?.schema;
      for (const kind of KINDS) {
        const qs = new URLSearchParams();
        for (const p of query) {
          const v = bad(kind, p.name, p.schema);
          if (v !== undefined) qs.set(p.name, String(v));
        }
        const body: Record<string, unknown> = {};
        for (const [name, s] of Object.entries(bodySchema?.properties ?? {})) {
          const v = bad(kind, name, s);
          if (v !== undefined) body[name] = v;
        }
        const id = kind === 'int' ? '99999999999999' : '1';
        const url = `${concretePath(path, id)}${qs.size ? `?${qs}` : ''}`;
        if (!qs.size && !Object.keys(body).length && kind !== 'int') continue;
        const res =
          method === 'GET'
            ? await staff.get(url)
            : method === 'DELETE'
              ? await staff.del(url)
              : await staff.request(method as 'POST' | 'PUT', url, bodySchema ? body : undefined);
        sent++;
        if (res.statusCode >= 500) failures.push(`${method} ${url} → ${res.statusCode} ${res.body.slice(0, 120)}`);
        else if (res.statusCode === 400) {
          const message = res.json().error?.message ?? '';
          if (!/[\u4e00-\u9fff]/.test(message)) failures.push(`${method} ${url} → 400 without a Chinese message`);
        }
      }
    }
    expect(sent).toBeGreaterThan(200);
    expect(failures).toEqual([]);
  }, 300_000);

  it('names the field in each class of refusal', async () => {
    const id = await staff.get('/api/v1/enterprises/99999999999999');
    expect(id.statusCode).toBe(400);
    expect(id.json().error.message).toBe('路径参数 · id：数值超出允许范围（99999999999999）');
    const nul = await staff.get('/api/v1/enterprises?keyword=%E7%94%B2%00');
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.message).toBe('查询条件 · keyword：不能包含空字符（\\0）');
    const date = await staff.get('/api/v1/qualifications/summary?from=2022-02-30&to=2022-06-30');
    expect(date.statusCode).toBe(400);
    expect(date.json().error.message).toMatch(/from.*2022-02-30/);
  });

  it('answers a non-multipart body and a bad file name at every import with a Chinese 400', async () => {
    const imports = ops
      .filter((o) => o.method === 'POST' && /\/import$/.test(o.path))
      .map((o) => concretePath(o.path, '1'));
    expect(imports.length).toBeGreaterThan(5);
    let checked = 0;
    for (const url of imports) {
      const json = await staff.post(url, { not: 'a file' });
      // An import refused for its own state first (an R&D task not open: 409) is no upload problem.
      if (json.statusCode === 409) continue;
      checked++;
      expect(json.statusCode, url).toBe(400);
      expect(json.json().error.message).toContain('multipart/form-data');
      const nul = await staff.upload(url, '名单\u0000.xlsx', Buffer.from('x'));
      expect(nul.statusCode, url).toBe(400);
      expect(nul.json().error.message).toBe('文件名不能包含控制字符');
      const long = await staff.upload(url, `${'长'.repeat(120)}.xlsx`, Buffer.from('x'));
      expect(long.statusCode, url).toBe(400);
      expect(long.json().error.message).toContain('文件名不能超过 100 个字符');
    }
    expect(checked).toBeGreaterThan(5);
  });

  it('caps the details of a body with 100,000 unknown keys', async () => {
    const body = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`k${i}`, i]));
    const res = await staff.post('/api/v1/enterprises', body);
    expect(res.statusCode).toBe(400);
    expect(res.body.length).toBeLessThan(20_000);
  });
});
