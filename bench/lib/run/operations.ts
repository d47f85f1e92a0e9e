import { Rng } from '../prng';
import { COMMISSIONER_YEAR } from '../gen/parts/commissioner-logs';
import { LIAISON_QUARTER, LIAISON_YEAR } from '../gen/parts/liaison';
import { LOGIN_USERS } from '../gen/parts/users';
import { dashboardOp } from './dashboard-op';
import { call, callJson, type LoadOp, type RunEnv, type Side } from './types';

const JSON_HEADERS = { 'content-type': 'application/json' };
const withHeaders = (side: Side, extra: Record<string, string> = {}) => ({ ...side.headers, ...extra });
const idCount = (env: RunEnv) => env.manifest.counts.enterprise;

/** The list filters of (a): a city or county, an industry prefix and a tier; the page is ¾ of the way in. */
function listFilters(env: RunEnv): [string, string, string][] {
  switch (env.scale.name) {
    case 'province':
      return [
        ['620100', '3', 'tech_sme'],
        ['620100', '2', 'tech_sme'],
        ['621100', '3', 'tech_sme'],
        ['620500', '3', 'high_tech'],
      ];
    case 'city':
      return [
        ['621122', '3', 'tech_sme'],
        ['621102', '3', 'tech_sme'],
        ['621100', '2', 'tech_sme'],
        ['621100', '3', 'high_tech'],
      ];
    default:
      return [
        ['621122', '3', 'tech_sme'],
        ['621122', '2', 'tech_sme'],
        ['621122', '1', 'tech_sme'],
        ['621122', '3', 'high_tech'],
      ];
  }
}

const listOp: LoadOp = {
  key: 'a',
  title: 'enterprise list: 3 filters + sort by name + deep page',
  requestsPerOp: 1,
  target: () => ({ p99Ms: 100, minRatio: 0.6, text: 'p99 < 100 ms, ≥ 0.6× baseline' }),
  pendingReason: async () => null,
  async prepare(env, product) {
    const paths: string[] = [];
    const described: string[] = [];
    for (const [regionCode, industryCode, tier] of listFilters(env)) {
      const q = `regionCode=${regionCode}&industryCode=${industryCode}&tier=${tier}&sort=name&order=ascend&pageSize=20`;
      const { total } = await callJson<{ total: number }>(product, 'GET', `/api/v1/enterprises?${q}&current=1`);
      const page = Math.max(1, Math.ceil((Math.ceil(total / 20) * 3) / 4));
      paths.push(`/api/v1/enterprises?${q}&current=${page}`);
      described.push(`${regionCode}/${industryCode}*/${tier}: ${total} rows, page ${page}`);
    }
    env.state.listPaths = paths;
    env.state.listDescription = described;
    env.log(`  (a) list queries: ${described.join('; ')}`);
  },
  requests(env, side) {
    const paths = env.state.listPaths as string[];
    let i = 0;
    return [
      {
        method: 'GET',
        headers: withHeaders(side),
        setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }),
      },
    ];
  },
};

const detailOp: LoadOp = {
  key: 'c',
  title: "one enterprise's detail + its qualifications (2 requests)",
  requestsPerOp: 2,
  target: () => ({ p99Ms: 100, minRatio: 0.6, text: 'p99 < 100 ms, ≥ 0.6× baseline' }),
  pendingReason: async () => null,
  requests(env, side) {
    const rng = new Rng(`detail-${side.name}`);
    const n = idCount(env);
    return [
      {
        method: 'GET',
        headers: withHeaders(side),
        setupRequest: (req, ctx) => {
          ctx.id = rng.int(1, n);
          return { ...req, path: `/api/v1/enterprises/${String(ctx.id)}` };
        },
      },
      {
        method: 'GET',
        headers: withHeaders(side),
        setupRequest: (req, ctx) => ({ ...req, path: `/api/v1/qualifications?enterpriseId=${String(ctx.id)}` }),
      },
    ];
  },
};

/** Rows (d) updates: each request takes a row no other connection holds, and returns it with its new version. */
interface UpdateState {
  versions: Map<number, number>;
  free: number[];
  busy: Set<number>;
  conflicts: number;
  failures: number;
  seq: number;
}
const UPDATE_ROWS = 1_000;
/** How long abandoned requests get to finish on the server before their rows are read back. */
const SETTLE_MS = 3_000;

const updateOp: LoadOp = {
  key: 'd',
  title: 'audited update with optimistic locking (PUT address + version)',
  requestsPerOp: 1,
  target: () => ({ minRatio: 0.4, text: '≥ 0.4× baseline' }),
  pendingReason: async () => null,
  async prepare(env, product) {
    const st: UpdateState = { versions: new Map(), free: [], busy: new Set(), conflicts: 0, failures: 0, seq: 0 };
    // Pages spread evenly over the register: names begin with the county's name, so 1,000 names in a row are one
    // county's, and a province's updates come from all its counties (each county has its own audit chain).
    const list = (size: number, page: number) =>
      callJson<{ total: number; data: { id: number; version: number }[] }>(
        product,
        'GET',
        `/api/v1/enterprises?sort=name&order=ascend&pageSize=${size}&current=${page}`,
      );
    const { total } = await list(1, 1);
    const size = 20;
    const pages = Math.ceil(Math.min(UPDATE_ROWS, total) / size);
    const totalPages = Math.max(1, Math.floor(total / size));
    const pageRows: { id: number; version: number }[][] = [];
    for (let i = 0; i < pages; i++) pageRows.push((await list(size, 1 + Math.floor((i * totalPages) / pages))).data);
    // Taken in turn from each page, so the requests in flight at any moment come from different counties rather
    // than 16 rows of one page (one county, one chain).
    for (let j = 0; j < size; j++) {
      for (const r of pageRows.map((rows) => rows[j]).filter((x) => x !== undefined)) {
        if (st.versions.has(r.id)) continue;
        st.versions.set(r.id, r.version);
        st.free.push(r.id);
      }
    }
    env.state.update = st;
  },
  requests(env, side) {
    const st = env.state.update as UpdateState;
    st.conflicts = 0;
    st.failures = 0;
    return [
      {
        method: 'PUT',
        headers: withHeaders(side, JSON_HEADERS),
        setupRequest: (req, ctx) => {
          const id = st.free.shift();
          if (id === undefined) throw new Error('(d) ran out of free rows');
          st.busy.add(id);
          ctx.id = id;
          const body = JSON.stringify({
            version: st.versions.get(id),
            address: `甘肃省兰州市城关区压测路${++st.seq % 1000}号`,
          });
          return { ...req, path: `/api/v1/enterprises/${id}`, body };
        },
        onResponse: (status, body, ctx) => {
          const id = ctx.id as number;
          if (status === 200) {
            st.versions.set(id, (JSON.parse(body) as { version: number }).version);
            st.busy.delete(id);
            st.free.push(id);
          } else if (status === 409) st.conflicts++;
          else st.failures++;
        },
      },
    ];
  },
  counters(env) {
    const st = env.state.update as UpdateState;
    return { conflicts409: st.conflicts, otherFailures: st.failures };
  },
  async settle(env, side) {
    // Rows in flight when the run stopped, or refused: read their current version back.
    const st = env.state.update as UpdateState;
    // Requests autocannon abandoned at the end may still be running on the server: let them finish first.
    if (st.busy.size) await new Promise((r) => setTimeout(r, SETTLE_MS));
    const stale = [...st.busy];
    for (const id of stale) {
      const row = await callJson<{ version: number }>(side, 'GET', `/api/v1/enterprises/${id}`);
      st.versions.set(id, row.version);
      st.busy.delete(id);
      st.free.push(id);
    }
    return { resynced: stale.length };
  },
};

const signInOp: LoadOp = {
  key: 'f',
  title: 'sign-in (argon2id check, session, audit row)',
  requestsPerOp: 1,
  target: () => ({ text: '— (no target in issue 6)' }),
  pendingReason: async () => null,
  requests(env) {
    let i = 0;
    const users = Array.from({ length: LOGIN_USERS }, (_, k) => `bench_login${String(k + 1).padStart(2, '0')}`);
    return [
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: JSON_HEADERS,
        setupRequest: (req) => ({
          ...req,
          body: JSON.stringify({ username: users[i++ % users.length], password: env.manifest.password }),
        }),
      },
    ];
  },
};

const rdTotalsOp: LoadOp = {
  key: 'b',
  title: 'R&D totals of one county for a period (task summary by township, industry, tier, performer)',
  requestsPerOp: 1,
  target: () => ({ p99Ms: 100, minRatio: 0.6, text: 'p99 < 100 ms, ≥ 0.6× baseline' }),
  async pendingReason(env, product) {
    const res = await call(product, 'GET', '/api/v1/rd/tasks?pageSize=1');
    if (res.status === 404) return 'R&D module not served (GET /api/v1/rd/tasks → 404)';
    const { total } = (await res.json()) as { total: number };
    if (!total) return 'no R&D tasks in this dataset: regenerate it with npm run bench:data';
    return null;
  },
  async prepare(env, product) {
    const periods = Object.keys((env.manifest.facts.rdTasks ?? {}) as Record<string, number[]>).sort();
    const period = periods[0] ?? '2023'; // the finished period: its units are reviewed and its totals published
    const { data } = await callJson<{ data: { id: number }[] }>(
      product,
      'GET',
      `/api/v1/rd/tasks?period=${period}&pageSize=200`,
    );
    env.state.rdTaskIds = data.map((t) => t.id);
    env.log(`  (b) ${data.length} county tasks of period ${period}`);
  },
  requests(env, side) {
    const ids = env.state.rdTaskIds as number[];
    let i = 0;
    return [
      {
        method: 'GET',
        headers: withHeaders(side),
        setupRequest: (req) => ({ ...req, path: `/api/v1/rd/tasks/${ids[i++ % ids.length]}/summary` }),
      },
    ];
  },
};

/** One application an applicant account can submit: its version and the owner's session headers. */
interface PoolItem {
  id: number;
  version: number;
  headers: Record<string, string>;
}
interface SubmitState {
  free: PoolItem[];
  submitted: PoolItem[];
  busy: Set<PoolItem>;
  conflicts: number;
  failures: number;
  dropped: number;
}
const RECYCLE_COMMENT = '压测：退回修改，以便再次提交';

/** Puts submitted applications back to 退回修改 as the bureau would (受理审核, then 退回修改), in batches of 200. */
async function recycleOnProduct(staff: Side, items: PoolItem[]): Promise<{ back: PoolItem[]; lost: number }> {
  const back: PoolItem[] = [];
  let lost = 0;
  for (let i = 0; i < items.length; i += 200) {
    let chunk = items.slice(i, i + 200);
    for (const [to, extra] of [
      ['county_review', {}],
      ['returned', { comment: RECYCLE_COMMENT, visibility: 'applicant' }],
    ] as const) {
      const results = await callJson<{ id: number; ok: boolean }[]>(
        staff,
        'POST',
        '/api/v1/applications/batch-transition',
        { items: chunk.map((c) => ({ id: c.id, version: c.version })), to, ...extra },
      );
      const ok = new Set(results.filter((r) => r.ok).map((r) => r.id));
      lost += chunk.length - ok.size;
      chunk = chunk.filter((c) => ok.has(c.id)).map((c) => ({ ...c, version: c.version + 1 }));
    }
    back.push(...chunk);
  }
  return { back, lost };
}

const submitOp: LoadOp = {
  key: 'e',
  title: "application submission by the enterprise's own user (state transition + audit row)",
  requestsPerOp: 1,
  target: () => ({ minRatio: 0.4, text: '≥ 0.4× baseline' }),
  async pendingReason(env, product) {
    const res = await call(product, 'GET', '/api/v1/applications?pageSize=1');
    if (res.status === 404) return 'projects module not served (GET /api/v1/applications → 404)';
    if (!env.manifest.users.some((u) => u.purpose === '(e) applicant')) {
      return 'no applicant accounts in this dataset: regenerate it with npm run bench:data';
    }
    return null;
  },
  async prepare(env, product) {
    const st: SubmitState = { free: [], submitted: [], busy: new Set(), conflicts: 0, failures: 0, dropped: 0 };
    const applicants = env.manifest.users.filter((u) => u.purpose === '(e) applicant');
    const queue = [...applicants];
    const worker = async () => {
      for (let u = queue.shift(); u; u = queue.shift()) {
        const res = await fetch(`${product.base}/api/v1/auth/login`, {
          method: 'POST',
          headers: JSON_HEADERS,
          body: JSON.stringify({ username: u.username, password: env.manifest.password }),
        });
        if (!res.ok) throw new Error(`(e) sign-in of ${u.username} failed: ${res.status} ${await res.text()}`);
        const headers = {
          cookie: (res.headers.get('set-cookie') ?? '').split(';')[0],
          'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken,
        };
        const own: Side = { name: 'product', base: product.base, headers };
        const { data } = await callJson<{ data: { id: number; state: string; version: number }[] }>(
          own,
          'GET',
          '/api/v1/applications?year=2026&state=draft,returned,submitted&pageSize=200',
        );
        for (const a of data) {
          (a.state === 'submitted' ? st.submitted : st.free).push({ id: a.id, version: a.version, headers });
        }
      }
    };
    await Promise.all(Array.from({ length: 4 }, worker));
    // Left submitted by an interrupted run: back to 退回修改 first.
    if (st.submitted.length) {
      const { back, lost } = await recycleOnProduct(env.state.staffSide as Side, st.submitted.splice(0));
      st.free.push(...back);
      st.dropped += lost;
    }
    // Interleave owners so concurrent requests come from different enterprises.
    st.free.sort((a, b) => ((a.id * 7_919) % 1_000_003) - ((b.id * 7_919) % 1_000_003));
    env.state.submit = st;
    env.log(
      `  (e) ${applicants.length} applicant accounts signed in; ${st.free.length} applications in 草稿/退回修改 to submit`,
    );
  },
  requests(env, side, control) {
    const st = env.state.submit as SubmitState;
    st.conflicts = 0;
    st.failures = 0;
    return [
      {
        method: 'POST',
        setupRequest: (req, ctx) => {
          const item = st.free.shift();
          if (!item) {
            // Out of applications to submit: end the run (the few requests already built go to /api/health).
            control.stop();
            ctx.item = null;
            return { ...req, method: 'GET', path: '/api/health', headers: {}, body: undefined };
          }
          st.busy.add(item);
          ctx.item = item;
          const headers = side.name === 'product' ? { ...item.headers, ...JSON_HEADERS } : JSON_HEADERS;
          return {
            ...req,
            method: 'POST',
            path: `/api/v1/applications/${item.id}/transitions`,
            headers,
            body: JSON.stringify({ to: 'submitted', version: item.version }),
          };
        },
        onResponse: (status, body, ctx) => {
          const item = ctx.item as PoolItem | null;
          if (!item) return;
          st.busy.delete(item);
          if (status === 200) {
            st.submitted.push({ ...item, version: (JSON.parse(body) as { version: number }).version });
          } else if (status === 409) st.conflicts++;
          else st.failures++;
          if (status !== 200) st.dropped++;
        },
      },
    ];
  },
  maxRequests: (env) => (env.state.submit as SubmitState).free.length,
  counters(env) {
    const st = env.state.submit as SubmitState;
    return { conflicts409: st.conflicts, otherFailures: st.failures };
  },
  async settle(env, side) {
    const st = env.state.submit as SubmitState;
    // In flight when the run stopped: submitted (version + 1) or not; try as submitted, else it is still free.
    if (st.busy.size) await new Promise((r) => setTimeout(r, SETTLE_MS));
    const inFlight = [...st.busy];
    st.busy.clear();
    const done = st.submitted.splice(0);
    let recycled: number;
    if (side.name === 'product') {
      const { back } = await recycleOnProduct(env.state.staffSide as Side, [
        ...done,
        ...inFlight.map((i) => ({ ...i, version: i.version + 1 })),
      ]);
      const backIds = new Set(back.map((b) => b.id));
      st.free.push(...back, ...inFlight.filter((i) => !backIds.has(i.id)));
      recycled = back.length;
    } else {
      const rows = await callJson<{ id: number; version: number }[]>(
        side,
        'POST',
        '/api/v1/baseline/applications/reopen',
        { ids: [...done, ...inFlight].map((i) => i.id) },
      );
      const byId = new Map([...done, ...inFlight].map((i) => [i.id, i]));
      const back = rows.map((r) => ({ ...byId.get(r.id)!, version: r.version }));
      const backIds = new Set(back.map((b) => b.id));
      st.free.push(...back, ...inFlight.filter((i) => !backIds.has(i.id)));
      recycled = back.length;
    }
    return { recycled };
  },
};

/**
 * The platform-list filters of (i): kind, status, level, year of recognition, keyword and region, each with one
 * of the list's three sorts. The region filter is a city at province scale and the import county below it.
 */
function platformFilters(env: RunEnv): string[] {
  const region = env.scale.name === 'province' ? '620100' : '621122';
  return [
    'kind=rd_center&status=recognized&sort=recognizedOn&order=descend',
    'status=recognized&year=2018&sort=name&order=ascend',
    `keyword=${encodeURIComponent('中药材')}&level=city&sort=updatedAt&order=descend`,
    `regionCode=${region}&level=provincial&sort=name&order=ascend`,
  ];
}

const PLATFORMS = '/api/v1/tech-platform/platforms';

/** What a side answers for each prepared (i) path: the total and the ids of the page, in order. */
type PlatformAnswers = { path: string; total: number; ids: number[] }[];

async function platformAnswers(side: Side, paths: string[]): Promise<PlatformAnswers> {
  const out: PlatformAnswers = [];
  for (const path of paths) {
    const { total, data } = await callJson<{ total: number; data: { id: number }[] }>(side, 'GET', path);
    out.push({ path, total, ids: data.map((r) => r.id) });
  }
  return out;
}

const platformListOp: LoadOp = {
  key: 'i',
  title: 'innovation-platform list: filters (kind, status, level, year, keyword, region) + sort + deep page',
  requestsPerOp: 1,
  target: () => ({ p99Ms: 100, minRatio: 0.6, text: 'p99 < 100 ms, ≥ 0.6× baseline' }),
  async pendingReason(env, product) {
    const res = await call(product, 'GET', `${PLATFORMS}?pageSize=1`);
    if (res.status === 404) return `tech-platform module not served (GET ${PLATFORMS} → 404)`;
    if (!res.ok) return `GET ${PLATFORMS} → ${res.status}: ${(await res.text()).slice(0, 200)}`;
    const { total } = (await res.json()) as { total: number };
    if (!total) return 'no innovation platforms in this dataset: regenerate it with npm run bench:data';
    return null;
  },
  async prepare(env, product) {
    const paths: string[] = [];
    const described: string[] = [];
    for (const q of platformFilters(env)) {
      const { total } = await callJson<{ total: number }>(product, 'GET', `${PLATFORMS}?${q}&pageSize=20&current=1`);
      const page = Math.max(1, Math.ceil((Math.ceil(total / 20) * 3) / 4));
      paths.push(`${PLATFORMS}?${q}&pageSize=20&current=${page}`);
      described.push(`${decodeURIComponent(q)}: ${total} rows, page ${page}`);
    }
    env.state.platformPaths = paths;
    env.state.platformDescription = described;
    env.state.platformAnswers = {};
    env.log(`  (i) platform list queries: ${described.join('; ')}`);
  },
  requests(env, side) {
    const paths = env.state.platformPaths as string[];
    let i = 0;
    return [
      {
        method: 'GET',
        headers: withHeaders(side),
        setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }),
      },
    ];
  },
  async settle(env, side) {
    // Once per side, after its first run: the same paths must give the same total and page on both sides, or
    // the ratio would compare different work.
    const answers = env.state.platformAnswers as Partial<Record<Side['name'], PlatformAnswers>>;
    if (answers[side.name]) return {};
    answers[side.name] = await platformAnswers(side, env.state.platformPaths as string[]);
    const { product, baseline } = answers;
    if (product && baseline) {
      const differ = product.filter((p, k) => JSON.stringify(p) !== JSON.stringify(baseline[k]));
      if (differ.length) {
        const show = (a: PlatformAnswers[number] | undefined) => `total ${a?.total}, ids ${a?.ids.join(',')}`;
        throw new Error(
          `(i) the product and the baseline answer differently: ${differ
            .map((p) => `${p.path}: product ${show(p)}; baseline ${show(baseline[product.indexOf(p)])}`)
            .join(' | ')}`,
        );
      }
      env.log(`  (i) product and baseline give the same totals and pages for the ${product.length} queries`);
    }
    return {};
  },
};

/** (j): the commissioner accounts signed in on the product, with their user ids for the baseline's header. */
interface CommissionerAccount {
  userId: number;
  headers: Record<string, string>;
}

const commissionerLogsOp: LoadOp = {
  key: 'j',
  title: "a commissioner's day count and log list (the phone's 我的服务日志)",
  requestsPerOp: 2,
  target: () => ({ p99Ms: 100, minRatio: 0.6, text: 'p99 < 100 ms, ≥ 0.6× baseline' }),
  async pendingReason(env) {
    if (!env.manifest.users.some((u) => u.purpose === '(j) commissioner')) {
      return 'no commissioner accounts in this dataset: regenerate it with npm run bench:data';
    }
    return null;
  },
  async prepare(env, product) {
    const accounts: CommissionerAccount[] = [];
    for (const u of env.manifest.users.filter((x) => x.purpose === '(j) commissioner')) {
      const res = await fetch(`${product.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ username: u.username, password: env.manifest.password }),
      });
      if (!res.ok) throw new Error(`(j) sign-in of ${u.username} failed: ${res.status} ${await res.text()}`);
      const headers = {
        cookie: (res.headers.get('set-cookie') ?? '').split(';')[0],
        'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken,
      };
      accounts.push({ userId: u.id, headers });
    }
    const own: Side = { name: 'product', base: product.base, headers: accounts[0]!.headers };
    const { total } = await callJson<{ total: number }>(
      own,
      'GET',
      `/api/v1/commissioner/service-logs?year=${COMMISSIONER_YEAR}&pageSize=20`,
    );
    env.state.commissionerAccounts = accounts;
    env.log(`  (j) ${accounts.length} commissioner accounts; the first has ${total} logs in ${COMMISSIONER_YEAR}`);
  },
  requests(env, side) {
    const accounts = env.state.commissionerAccounts as CommissionerAccount[];
    let i = 0;
    let j = 0;
    // The product knows the commissioner from the session; the baseline from a header.
    const headersOf = (a: CommissionerAccount) =>
      side.name === 'product' ? withHeaders(side, a.headers) : withHeaders(side, { 'x-bench-user': String(a.userId) });
    return [
      {
        method: 'GET',
        path: `/api/v1/commissioner/service-logs/mine?year=${COMMISSIONER_YEAR}`,
        setupRequest: (req) => ({ ...req, headers: headersOf(accounts[i++ % accounts.length]!) }),
      },
      {
        method: 'GET',
        path: `/api/v1/commissioner/service-logs?year=${COMMISSIONER_YEAR}&current=1&pageSize=20`,
        setupRequest: (req) => ({ ...req, headers: headersOf(accounts[j++ % accounts.length]!) }),
      },
    ];
  },
};

/** (k): the cadre accounts signed in on the product, with their user ids for the baseline's header. */
const COVERAGE_PATH = `/api/v1/liaison/coverage?year=${LIAISON_YEAR}&quarter=${LIAISON_QUARTER}&mine=true`;

const cadreCoverageOp: LoadOp = {
  key: 'k',
  title: "a cadre's coverage page (包联覆盖, the cadre's own)",
  requestsPerOp: 1,
  target: () => ({ p99Ms: 100, minRatio: 0.6, text: 'p99 < 100 ms, ≥ 0.6× baseline' }),
  async pendingReason(env) {
    if (!env.manifest.users.some((u) => u.purpose === '(k) cadre')) {
      return 'no cadre accounts in this dataset: regenerate it with npm run bench:data';
    }
    return null;
  },
  async prepare(env, product) {
    const accounts: CommissionerAccount[] = [];
    for (const u of env.manifest.users.filter((x) => x.purpose === '(k) cadre')) {
      const res = await fetch(`${product.base}/api/v1/auth/login`, {
        method: 'POST',
        headers: JSON_HEADERS,
        body: JSON.stringify({ username: u.username, password: env.manifest.password }),
      });
      if (!res.ok) throw new Error(`(k) sign-in of ${u.username} failed: ${res.status} ${await res.text()}`);
      const headers = {
        cookie: (res.headers.get('set-cookie') ?? '').split(';')[0],
        'x-csrf-token': ((await res.json()) as { csrfToken: string }).csrfToken,
      };
      accounts.push({ userId: u.id, headers });
    }
    const own: Side = { name: 'product', base: product.base, headers: accounts[0]!.headers };
    const first = await callJson<{ cadres: { assigned: number; visited: number }[] }>(own, 'GET', COVERAGE_PATH);
    env.state.cadreAccounts = accounts;
    const c = first.cadres[0];
    env.log(`  (k) ${accounts.length} cadre accounts; the first leads ${c?.assigned ?? 0}, visited ${c?.visited ?? 0}`);
  },
  requests(env, side) {
    const accounts = env.state.cadreAccounts as CommissionerAccount[];
    let i = 0;
    const headersOf = (a: CommissionerAccount) =>
      side.name === 'product' ? withHeaders(side, a.headers) : withHeaders(side, { 'x-bench-user': String(a.userId) });
    return [
      {
        method: 'GET',
        path: COVERAGE_PATH,
        setupRequest: (req) => ({ ...req, headers: headersOf(accounts[i++ % accounts.length]!) }),
      },
    ];
  },
};

/** Every load scenario, in report order ((g), the import, runs once after them: see import-op.ts). */
export const LOAD_OPS: LoadOp[] = [
  listOp,
  rdTotalsOp,
  detailOp,
  updateOp,
  submitOp,
  signInOp,
  platformListOp,
  commissionerLogsOp,
  cadreCoverageOp,
  dashboardOp,
];
