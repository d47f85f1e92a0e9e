import { callJson, type LoadOp } from './types';

/** The dashboard periods (l) reads: the generated data's last full year and its first half. */
const PERIODS = ['2024', '2024H1'];

/** (l): the regions whose dashboard the scale's staff open: the city and the province (a county below city scale). */
function dashboardRegions(scale: string): string[] {
  if (scale === 'province') return ['621100', '620000'];
  if (scale === 'city') return ['621100', '621122'];
  return ['621122'];
}

/**
 * (l) The leader's dashboard of a city and of the province (issue 18): the indicator table — every indicator's
 * actual from the modules' facts, target, 完成率, last year and the rank among the sibling regions.
 */
export const dashboardOp: LoadOp = {
  key: 'l',
  title: 'dashboard of a city / of the province (indicator readings)',
  requestsPerOp: 1,
  target: () => ({ p99Ms: 100, text: 'p99 < 100 ms' }),
  pendingReason: async () => null,
  async prepare(env, product) {
    const paths = dashboardRegions(env.scale.name).flatMap((r) =>
      PERIODS.map((p) => `/api/v1/indicators/readings?region=${r}&period=${p}`),
    );
    for (const path of paths) {
      const r = await callJson<{ rows: { key: string; actual: string | null }[] }>(product, 'GET', path);
      env.log(`  (l) ${path}: ${r.rows.map((x) => `${x.key}=${x.actual}`).join(' ')}`);
    }
    env.state.dashboardPaths = paths;
  },
  requests(env, side) {
    const paths = env.state.dashboardPaths as string[];
    let i = 0;
    return [
      { method: 'GET', headers: side.headers, setupRequest: (req) => ({ ...req, path: paths[i++ % paths.length] }) },
    ];
  },
};
