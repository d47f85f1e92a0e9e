import type { AcRequest } from 'autocannon';
import { Rng } from '../prng';
import { LOGIN_USERS } from '../gen/parts/users';
import { call, callJson, type LoadOp, type RunEnv, type Side } from './types';

const JSON_HEADERS = { 'content-type': 'application/json' };
const withHeaders = (side: Side, extra: Record<string, string> = {}) => ({ ...side.headers, ...extra });
const idCount = (env: RunEnv) => env.manifest.counts.enterprise;

/** The list filters of (a): a city or county, an industry prefix and a tier; the page is ¾ of the way in. */
function listFilters(env: RunEnv): [string, string, string][] {
  switch (env.scale.name) {
    case 'province':
      return [['620100', '3', 'tech_sme'], ['620100', '2', 'tech_sme'], ['621100', '3', 'tech_sme'], ['620500', '3', 'high_tech']];
    case 'city':
      return [['621122', '3', 'tech_sme'], ['621102', '3', 'tech_sme'], ['621100', '2', 'tech_sme'], ['621100', '3', 'high_tech']];
    default:
      return [['621122', '3', 'tech_sme'], ['621122', '2', 'tech_sme'], ['621122', '1', 'tech_sme'], ['621122', '3', 'high_tech']];
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
    return [{ method: 'GET', headers: withHeaders(side), setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) }];
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
      { method: 'GET', headers: withHeaders(side), setupRequest: (req, ctx) => ({ ...req, path: `/api/v1/qualifications?enterpriseId=${String(ctx.id)}` }) },
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

const updateOp: LoadOp = {
  key: 'd',
  title: 'audited update with optimistic locking (PUT address + version)',
  requestsPerOp: 1,
  target: () => ({ minRatio: 0.4, text: '≥ 0.4× baseline' }),
  pendingReason: async () => null,
  async prepare(env, product) {
    const st: UpdateState = { versions: new Map(), free: [], busy: new Set(), conflicts: 0, failures: 0, seq: 0 };
    const pages = Math.ceil(Math.min(UPDATE_ROWS, idCount(env)) / 200);
    for (let p = 1; p <= pages; p++) {
      const { data } = await callJson<{ data: { id: number; version: number }[] }>(product, 'GET', `/api/v1/enterprises?sort=name&order=ascend&pageSize=200&current=${p}`);
      for (const r of data) {
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
          const body = JSON.stringify({ version: st.versions.get(id), address: `甘肃省兰州市城关区压测路${++st.seq % 1000}号` });
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
  requests(env, side) {
    let i = 0;
    const users = Array.from({ length: LOGIN_USERS }, (_, k) => `bench_login${String(k + 1).padStart(2, '0')}`);
    return [
      {
        method: 'POST',
        path: '/api/v1/auth/login',
        headers: JSON_HEADERS,
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ username: users[i++ % users.length], password: env.manifest.password }) }),
      },
    ];
  },
};

/** A scenario whose module is still being built: pending until its endpoint answers. */
function pendingOp(key: string, title: string, probe: string, target: string, why: string): LoadOp {
  return {
    key,
    title,
    requestsPerOp: 1,
    target: () => ({ text: target }),
    async pendingReason(_env, product) {
      const res = await call(product, 'GET', probe);
      if (res.status === 404) return `${why} (GET ${probe} → 404)`;
      return `endpoint ${probe} answers ${res.status}, but this scenario is not written yet`;
    },
    requests: () => [] as AcRequest[],
  };
}

const rdTotalsOp = pendingOp('b', 'R&D totals by county for a period', '/api/v1/rd/tasks', 'p99 < 100 ms, ≥ 0.6× baseline', 'R&D collection module not served yet');
const applicationOp = pendingOp('e', 'application submission (state transition + audit row)', '/api/v1/project-applications', '≥ 0.4× baseline', 'projects module not served yet');

/** Every load scenario, in report order ((g), the import, runs once after them: see import-op.ts). */
export const LOAD_OPS: LoadOp[] = [listOp, rdTotalsOp, detailOp, updateOp, applicationOp, signInOp];
