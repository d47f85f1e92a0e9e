/**
 * The raw baseline: a minimal Fastify app with one route per benchmarked operation, on the same paths as the
 * product, running the same SQL through `pg` directly — no session lookup, no CSRF, no validation, no
 * presenter, no audit row. The gap between it and the product is what the product's layers cost.
 *
 *   node --import tsx bench/baseline/baseline-server.ts --port 4000 (--database-url URL | --data-dir DIR)
 *        --scope-prefix 62 --user-id 1
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import argon2 from 'argon2';
import Fastify from 'fastify';
import pg from 'pg';
import { serviceDayCount } from '@kechuang/domain';
import { parseArgs, str } from '../lib/args';
import { importWorkbookRows, type ImportRowIn } from './baseline-import';
import {
  LIAISON_COVERAGE,
  APPLICATION_BY_ID,
  COMMISSIONER_COUNTER,
  COMMISSIONER_LOG_COUNT,
  COMMISSIONER_LOG_PAGE,
  APPLICATION_LOCK,
  APPLICATION_SLOTS,
  APPLICATION_SUBMIT,
  ENTERPRISE_BY_ID,
  EVENT_INSERT,
  GDP_OF,
  RD_TASK_BY_ID,
  rdSummarySql,
  TRANSITION_INSERT,
  ENTERPRISE_LOCK,
  ENTERPRISE_UPDATE,
  enterpriseListSql,
  nextPrefix,
  platformListSql,
  platformMembersSql,
  QUALIFICATIONS_COUNT,
  QUALIFICATIONS_PAGE,
  SESSION_INSERT,
  USER_BY_NAME,
  USER_SIGNED_IN,
  type ListFilter,
  type PlatformFilter,
} from './baseline-sql';
import { DASHBOARD_AGGREGATES } from './dashboard-sql';

// Same type parsers as the product (DATE as text, int8 as number), so both serialise the same values.
pg.types.setTypeParser(1082, (v) => v);
pg.types.setTypeParser(20, (v) => Number(v));

const args = parseArgs(process.argv.slice(2));
const port = Number(str(args, 'port') ?? 4000);
const scopePrefix = str(args, 'scope-prefix') ?? '62';
const userId = Number(str(args, 'user-id') ?? 1);
const databaseUrl = str(args, 'database-url');
const dataDir = str(args, 'data-dir');

let pool: pg.Pool;
let closeDb = async () => {};
if (databaseUrl) {
  pool = new pg.Pool({ connectionString: databaseUrl, max: Number(process.env.KC_DB_POOL ?? 10) });
  closeDb = () => pool.end();
} else if (dataDir) {
  const { PGlite } = await import('@electric-sql/pglite');
  const { createPgConfig } = await import('@electric-sql/pglite/node-postgres');
  const pglite = await PGlite.create(dataDir);
  pool = new pg.Pool({ ...createPgConfig(pglite), max: 1 } as pg.PoolConfig);
  closeDb = async () => {
    await pool.end();
    await pglite.close();
  };
} else {
  throw new Error('--database-url or --data-dir is required');
}

async function inTransaction<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  try {
    await c.query('begin');
    const out = await fn(c);
    await c.query('commit');
    return out;
  } catch (err) {
    await c.query('rollback').catch(() => {});
    throw err;
  } finally {
    c.release();
  }
}

const app = Fastify({ logger: false, bodyLimit: 64 * 1024 * 1024 });
app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

app.get('/api/health', async () => ({ status: 'ok' }));

// (a) list with filters, sort and page.
app.get('/api/v1/enterprises', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const f: ListFilter = {
    regionCode: q.regionCode,
    industryCode: q.industryCode,
    tier: q.tier,
    keyword: q.keyword,
    sort: q.sort,
    order: q.order,
  };
  const sql = enterpriseListSql(scopePrefix, f, {
    current: Number(q.current ?? 1),
    pageSize: Number(q.pageSize ?? 20),
  });
  const { rows } = await pool.query(sql.page.text, sql.page.params);
  const total = rows.length
    ? Number(rows[0].total)
    : Number((await pool.query(sql.count.text, sql.count.params)).rows[0].n);
  return { data: rows.map(({ total: _total, ...row }) => row), total, success: true };
});

// (i) innovation-platform list with filters, sort and page; the count as listPage skips it; the page's members.
// (j) The commissioner is named by a header (the product knows them from the session).
const benchUser = (req: { headers: Record<string, unknown> }) => Number(req.headers['x-bench-user']);
const yearRange = (year: number) => [`${year}-01-01`, `${year}-12-31`];

app.get('/api/v1/commissioner/service-logs/mine', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const year = Number(q.year ?? today.slice(0, 4));
  const { rows } = await pool.query(COMMISSIONER_COUNTER, [benchUser(req), ...yearRange(year)]);
  const counters = rows.map((r) => ({
    commissionerId: r.id,
    name: r.name,
    ...serviceDayCount({
      year,
      confirmedDays: Number(r.confirmed ?? 0),
      pendingDays: Number(r.pending ?? 0),
      minServiceDays: r.min_service_days,
      termStart: r.term_start,
      termEnd: r.term_end,
      today,
    }),
  }));
  return { year, counters };
});

app.get('/api/v1/commissioner/service-logs', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const page = { current: Number(q.current ?? 1), pageSize: Number(q.pageSize ?? 20) };
  const offset = (page.current - 1) * page.pageSize;
  const filter = [benchUser(req), ...yearRange(Number(q.year))];
  const { rows } = await pool.query(COMMISSIONER_LOG_PAGE, [...filter, page.pageSize, offset]);
  const total =
    rows.length > 0 && rows.length < page.pageSize
      ? offset + rows.length
      : rows.length === 0 && page.current === 1
        ? 0
        : Number((await pool.query(COMMISSIONER_LOG_COUNT, filter)).rows[0].n);
  return { data: rows, total, success: true };
});

// (l) The dashboard of a region: the aggregates of the region and its siblings for the period and a year earlier.
app.get('/api/v1/indicators/readings', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const region = q.region ?? '620000';
  const code = q.period ?? '2024';
  const year = Number(code.slice(0, 4));
  const half = code.slice(4);
  const span = (y: number) =>
    half === 'H1'
      ? [`${y}-01-01`, `${y}-06-30`]
      : half === 'H2'
        ? [`${y}-07-01`, `${y}-12-31`]
        : [`${y}-01-01`, `${y}-12-31`];
  const prefixOf = (c: string) => (c.endsWith('0000') ? c.slice(0, 2) : c.endsWith('00') ? c.slice(0, 4) : c);
  const siblings = (
    await pool.query(
      `select code from region where parent_code = (select parent_code from region where code = $1)
         and level in ('city', 'county') and valid_to is null order by code`,
      [region],
    )
  ).rows.map((r: { code: string }) => r.code);
  const own = prefixOf(region);
  const prefixes = siblings.length ? siblings.map(prefixOf) : [own];
  const [now, last] = await Promise.all([
    pool.query(DASHBOARD_AGGREGATES, [prefixes, ...span(year), code, year]),
    pool.query(DASHBOARD_AGGREGATES, [[own], ...span(year - 1), `${year - 1}${half}`, year - 1]),
  ]);
  return { regionCode: region, period: code, rows: now.rows, lastYear: last.rows[0] };
});

// (k) A cadre's coverage page (named by the header, as (j)).
app.get('/api/v1/liaison/coverage', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const year = Number(q.year);
  const quarter = Number(q.quarter);
  const m1 = (quarter - 1) * 3 + 1;
  const from = `${year}-${String(m1).padStart(2, '0')}-01`;
  const to = new Date(Date.UTC(year, m1 + 2, 0)).toISOString().slice(0, 10);
  const { rows } = await pool.query(LIAISON_COVERAGE, [benchUser(req), from, to, today]);
  const figures = (r: { assigned: number; visited: number; open_issues: number; overdue_issues: number }) => ({
    assigned: r.assigned,
    visited: r.visited,
    share: r.assigned ? Math.round((r.visited / r.assigned) * 10000) / 10000 : 0,
    openIssues: r.open_issues,
    overdueIssues: r.overdue_issues,
  });
  return {
    year,
    quarter,
    from,
    to,
    cadres: rows
      .filter((r) => r.grp === 'cadre')
      .map((r) => ({ cadreId: Number(r.key), cadreName: r.name, ...figures(r) })),
    townships: rows
      .filter((r) => r.grp === 'township')
      .map((r) => ({ townshipCode: r.key, townshipName: r.name, ...figures(r) }))
      .sort((a, b) => (a.townshipCode ?? '~').localeCompare(b.townshipCode ?? '~')),
  };
});

app.get('/api/v1/tech-platform/platforms', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const f: PlatformFilter = {
    keyword: q.keyword?.trim() || undefined,
    kind: q.kind?.trim() || undefined,
    level: q.level?.trim() || undefined,
    status: q.status,
    regionCode: q.regionCode,
    year: q.year,
    ids: q.ids,
    sort: q.sort,
    order: q.order,
  };
  const page = { current: Number(q.current ?? 1), pageSize: Number(q.pageSize ?? 20) };
  const sql = platformListSql(scopePrefix, f, page);
  const { rows } = await pool.query(sql.page.text, sql.page.params);
  const offset = (page.current - 1) * page.pageSize;
  const total =
    rows.length > 0 && rows.length < page.pageSize
      ? offset + rows.length
      : rows.length === 0 && page.current === 1
        ? 0
        : Number((await pool.query(sql.count.text, sql.count.params)).rows[0].n);
  const ids = rows.map((r) => r.id as number);
  const members = ids.length ? (await pool.query(platformMembersSql(ids.length), ids)).rows : [];
  const data = rows.map((r) => ({ ...r, members: members.filter((m) => m.platform_id === r.id) }));
  return { data, total, success: true };
});

// (c) detail.
app.get('/api/v1/enterprises/:id', async (req, reply) => {
  const { rows } = await pool.query(ENTERPRISE_BY_ID, [Number((req.params as { id: string }).id)]);
  if (!rows[0]) return reply.status(404).send({ error: { code: 'NOT_FOUND' } });
  return rows[0];
});

// (c) qualifications of one enterprise.
app.get('/api/v1/qualifications', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const pageSize = Number(q.pageSize ?? 20);
  const current = Number(q.current ?? 1);
  const params = [scopePrefix, nextPrefix(scopePrefix), Number(q.enterpriseId)];
  // Like the product: a first page with room left is the whole list, so the count is skipped.
  const rows = await pool.query(QUALIFICATIONS_PAGE, [...params, pageSize, (current - 1) * pageSize]);
  const partial = rows.rows.length > 0 && rows.rows.length < pageSize;
  const total = partial
    ? (current - 1) * pageSize + rows.rows.length
    : Number((await pool.query(QUALIFICATIONS_COUNT, params)).rows[0].n);
  return { data: rows.rows, total, success: true };
});

// (d) optimistic-lock update.
app.put('/api/v1/enterprises/:id', async (req, reply) => {
  const id = Number((req.params as { id: string }).id);
  const body = req.body as { version: number; address?: string };
  const out = await inTransaction(async (c) => {
    const before = await c.query(ENTERPRISE_LOCK, [id]);
    if (!before.rows[0]) return 404;
    if (Number(before.rows[0].version) !== body.version) return 409;
    const after = await c.query(ENTERPRISE_UPDATE, [body.address ?? null, userId, id, body.version]);
    return after.rows[0] ?? 409;
  });
  if (typeof out === 'number') {
    return reply.status(out).send({ error: { code: out === 404 ? 'NOT_FOUND' : 'VERSION_CONFLICT' } });
  }
  return out;
});

// (f) sign-in: user row, argon2id check (the operation's own cost), counters and a session in one transaction.
app.post('/api/v1/auth/login', async (req, reply) => {
  const body = req.body as { username: string; password: string };
  const { rows } = await pool.query(USER_BY_NAME, [body.username.toLowerCase()]);
  const user = rows[0];
  if (!user || !(await argon2.verify(user.password_hash, body.password))) {
    return reply.status(401).send({ error: { code: 'INVALID_CREDENTIALS' } });
  }
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  await inTransaction(async (c) => {
    await c.query(USER_SIGNED_IN, [0, null, new Date(), user.id]);
    await c.query(SESSION_INSERT, [
      randomUUID(),
      createHash('sha256').update(token).digest('hex'),
      user.id,
      csrfToken,
      req.ip,
      (req.headers['user-agent'] ?? '').slice(0, 300),
      new Date(Date.now() + 8 * 3_600_000),
    ]);
  });
  reply.header('set-cookie', `kc_sid=${token}; Path=/; HttpOnly; SameSite=Lax`);
  return { csrfToken };
});

// (b) an R&D task's totals: overall, by township, industry division, tier and performer, names, and GDP.
app.get('/api/v1/rd/tasks/:id/summary', async (req, reply) => {
  const id = Number((req.params as { id: string }).id);
  const statuses = (req.query as { basis?: string }).basis === 'reported' ? ['submitted', 'approved'] : ['approved'];
  const task = (await pool.query(RD_TASK_BY_ID, [id])).rows[0];
  if (!task) return reply.status(404).send({ error: { code: 'NOT_FOUND' } });
  const [summary, gdp] = await Promise.all([
    pool.query(rdSummarySql(statuses.length), [id, ...statuses]),
    pool.query(GDP_OF, ['gdp', task.region_code, task.period]),
  ]);
  const groups = new Map<string, unknown[]>();
  for (const r of (summary.rows[0] as { groups: { dimension: string }[] }).groups) {
    groups.set(r.dimension, [...(groups.get(r.dimension) ?? []), r]);
  }
  return {
    taskId: id,
    period: task.period,
    total: groups.get('total')?.[0],
    ...Object.fromEntries(groups),
    gdp: gdp.rows[0] ?? null,
  };
});

// (e) an applicant's submission: the application, its files, then the transition with its row and timeline entry.
app.post('/api/v1/applications/:id/transitions', async (req, reply) => {
  const id = Number((req.params as { id: string }).id);
  const body = req.body as { to: string; version: number };
  const a = (await pool.query(APPLICATION_BY_ID, [id])).rows[0];
  if (!a) return reply.status(404).send({ error: { code: 'NOT_FOUND' } });
  await pool.query(APPLICATION_SLOTS, ['application', id]);
  const now = new Date();
  const out = await inTransaction(async (c) => {
    const before = (await c.query(APPLICATION_LOCK, [id])).rows[0];
    if (Number(before.version) !== body.version || before.state !== a.state) return 409;
    const after = (await c.query(APPLICATION_SUBMIT, [body.to, now, userId, id, body.version])).rows[0];
    if (!after) return 409;
    await c.query(TRANSITION_INSERT, [
      a.region_code,
      id,
      a.state,
      body.to,
      now,
      userId,
      'baseline',
      false,
      null,
      'applicant',
    ]);
    await c.query(EVENT_INSERT, [
      a.enterprise_id,
      a.region_code,
      now,
      'project',
      `application-${body.to}`,
      `${a.title}：${a.state} → ${body.to}`,
      null,
      userId,
      'baseline',
      'project_application',
      id,
    ]);
    return after;
  });
  if (typeof out === 'number') return reply.status(out).send({ error: { code: 'VERSION_CONFLICT' } });
  return out;
});

// Maintenance (not measured): puts the applications the baseline submitted back to 退回修改, so they can be submitted again.
app.post('/api/v1/baseline/applications/reopen', async (req) => {
  const ids = (req.body as { ids: number[] }).ids;
  return inTransaction(async (c) => {
    const { rows } = await c.query(
      `update "project_application" set "state" = 'returned', version = version + 2, updated_at = now() where "id" = any($1) and "state" = 'submitted' returning "id", "version", "region_code"`,
      [ids],
    );
    for (const r of rows) {
      await c.query(TRANSITION_INSERT, [
        r.region_code,
        r.id,
        'submitted',
        'county_review',
        new Date(),
        userId,
        'baseline',
        false,
        null,
        'internal',
      ]);
      await c.query(TRANSITION_INSERT, [
        r.region_code,
        r.id,
        'county_review',
        'returned',
        new Date(),
        userId,
        'baseline',
        false,
        '压测：退回以便再次提交',
        'applicant',
      ]);
    }
    return rows.map((r) => ({ id: r.id, version: r.version }));
  });
});

// (g) import: the workbook's rows written with the product's multi-row statements, in one transaction.
app.post('/api/v1/baseline/import', async (req) => {
  const q = req.query as Record<string, string | undefined>;
  const t0 = performance.now();
  const rows: ImportRowIn[] = await importWorkbookRows(req.body as Buffer);
  const parsedMs = performance.now() - t0;
  const written = await inTransaction((c) => writeImport(c, rows, q.regionCode ?? scopePrefix));
  return { rows: rows.length, written, parseMs: Math.round(parsedMs), totalMs: Math.round(performance.now() - t0) };
});

async function writeImport(c: pg.PoolClient, rows: ImportRowIn[], regionCode: string): Promise<number> {
  const { namePinyin } = await import('./baseline-import');
  let n = 0;
  for (let i = 0; i < rows.length; i += 500) {
    const chunk = rows.slice(i, i + 500);
    const cols = [
      'region_code',
      'township_code',
      'name',
      'unit_kind',
      'name_initials',
      'name_pinyin',
      'credit_code',
      'industry_code',
      'founded_on',
      'address',
      'contact_name',
      'contact_phone',
      'created_by',
      'updated_by',
    ];
    const values: unknown[] = [];
    const tuples = chunk.map((r) => {
      const py = namePinyin(r.name);
      const base = values.length;
      values.push(
        regionCode,
        r.townshipCode ?? null,
        r.name,
        r.unitKind ?? 'enterprise',
        py.initials,
        py.full,
        r.creditCode,
        r.industryCode ?? null,
        r.foundedOn ?? null,
        r.address ?? null,
        r.contactName ?? null,
        r.contactPhone ?? null,
        userId,
        userId,
      );
      return `(${cols.map((_, k) => `$${base + k + 1}`).join(', ')})`;
    });
    const inserted = await c.query(
      `insert into "enterprise" (${cols.map((x) => `"${x}"`).join(', ')}) values ${tuples.join(', ')} returning *`,
      values,
    );
    const idByCode = new Map(inserted.rows.map((r) => [r.credit_code as string, r.id as number]));
    const yearly = chunk.filter((r) => r.year !== undefined);
    if (yearly.length) {
      const yv: unknown[] = [];
      const yt = yearly.map((r) => {
        const b = yv.length;
        yv.push(
          idByCode.get(r.creditCode),
          regionCode,
          r.year,
          r.staffTotal ?? null,
          r.techStaff ?? null,
          r.revenue ?? null,
          r.rdExpense ?? null,
          userId,
          userId,
        );
        return `(${Array.from({ length: 9 }, (_, k) => `$${b + k + 1}`).join(', ')})`;
      });
      await c.query(
        `insert into "enterprise_yearly" ("enterprise_id", "region_code", "year", "staff_total", "tech_staff", "revenue", "rd_expense", "created_by", "updated_by") values ${yt.join(', ')}`,
        yv,
      );
    }
    const ev: unknown[] = [];
    const et = chunk.map((r, k) => {
      const b = ev.length;
      ev.push(
        idByCode.get(r.creditCode),
        regionCode,
        'import',
        'import-created',
        'Excel 导入纳入企业名录',
        `第 ${i + k + 2} 行`,
        userId,
        'baseline',
      );
      return `(${Array.from({ length: 8 }, (_, j) => `$${b + j + 1}`).join(', ')})`;
    });
    await c.query(
      `insert into "enterprise_event" ("enterprise_id", "region_code", "module", "kind", "title", "detail", "actor_id", "actor_name") values ${et.join(', ')}`,
      ev,
    );
    n += inserted.rows.length;
  }
  return n;
}

// Load the pinyin dictionary before the first request, as the product has by the time it serves.
(await import('./baseline-import')).namePinyin('预热');
await app.listen({ port, host: '127.0.0.1' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app
      .close()
      .then(closeDb)
      .finally(() => process.exit(0));
  });
}
