import { TECH_DEMAND_FIELDS } from '@kechuang/domain';
import { personalData } from '../../product';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart, type EnterpriseRef } from '../context';

const TRACKED: Column[] = [
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const CALL_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['year', 'int2'],
  ['title', 'text'],
  ['collect_from', 'date'],
  ['collect_to', 'date'],
  ['bid_deadline', 'date'],
  ['min_experts', 'int2'],
  ['review_weights', 'jsonb'],
  ['state', 'text'],
  ...TRACKED,
];
const DEMAND_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['call_id', 'int4'],
  ['enterprise_id', 'int4'],
  ['title', 'text'],
  ['field', 'text'],
  ['problem', 'text'],
  ['budget', 'numeric'],
  ['period_months', 'int2'],
  ['contact_name', 'text'],
  ['contact_phone', 'text'],
  ['state', 'text'],
  ['review_score', 'numeric'],
  ['review_rank', 'int4'],
  ['submitted_on', 'date'],
  ['selected_on', 'date'],
  ['published_on', 'date'],
  ['bid_deadline', 'date'],
  ...TRACKED,
];
const HISTORY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['demand_id', 'int4'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['reason', 'text'],
  ['created_at', 'timestamptz'],
];

const YEARS = [2021, 2022, 2023, 2024];
const WEIGHTS = JSON.stringify({ industry: 30, foundation: 25, indicators: 25, finance: 20 });
const PATH = ['draft', 'submitted', 'reviewing'];

/**
 * 揭榜挂帅 at scale (docs/rules.md §5.2): one call per county and year 2021–2024 (published), and one demand for
 * every 25 enterprises, spread over the calls of its county; each demand walks the state path as the use cases
 * do (history rows), two in three 入选 and published, the rest 落选; a few drafts outside any call.
 */
export const techDemandsPart: DataPart = {
  name: 'tech-demands',
  description: '揭榜挂帅 calls per county and year, demands with their state history',
  pendingReason: async (ctx) => (ctx.tables.has('tech_demand') ? null : 'the tech-demand module’s tables are missing'),
  async run(ctx) {
    const rng = ctx.rng.fork('tech-demands');
    // The contact phone is sealed at rest, as the product writes it (docs/rules.md §6.4).
    const cipher = personalData();
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ctx.enterprises) byCounty.set(e.regionCode, [...(byCounty.get(e.regionCode) ?? []), e]);
    const counties = [...byCounty.keys()].sort();
    const max = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    let callId = await max('tech_demand_call');
    let demandId = await max('tech_demand');
    let historyId = await max('tech_demand_history');
    const calls: Record<string, unknown>[] = [];
    const demands: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const callOf = new Map<string, { id: number; year: number }[]>();
    const stamp = (when: Date) => ({
      created_at: when,
      created_by: ctx.actor.id,
      updated_at: when,
      updated_by: ctx.actor.id,
      version: 1,
    });
    for (const region of counties) {
      for (const year of YEARS) {
        const id = ++callId;
        calls.push({
          id,
          region_code: region,
          year,
          title: `${year}年“揭榜挂帅”关键技术需求榜单`,
          collect_from: `${year}-03-01`,
          collect_to: `${year}-03-31`,
          bid_deadline: `${year}-06-30`,
          min_experts: 3,
          review_weights: WEIGHTS,
          state: 'published',
          ...stamp(at(`${year}-02-20`, 0)),
        });
        callOf.set(region, [...(callOf.get(region) ?? []), { id, year }]);
      }
    }
    const total = Math.round(ctx.enterprises.length / 25);
    for (let i = 0; i < total; i++) {
      const e = rng.pick(ctx.enterprises);
      const call = rng.pick(callOf.get(e.regionCode)!);
      const id = ++demandId;
      const submitted = at(`${call.year}-03-01`, rng.int(0, 29), i % 3_600);
      const draftOnly = rng.chance(0.05);
      const selected = rng.chance(0.67);
      const score = selected ? rng.int(7500, 9500) / 100 : rng.int(5000, 7499) / 100;
      const path = draftOnly
        ? ['draft']
        : [...PATH, selected ? 'selected' : 'not_selected', ...(selected ? ['published'] : [])];
      let prev: string | null = null;
      for (const to of path) {
        history.push({
          id: ++historyId,
          demand_id: id,
          from_state: prev,
          to_state: to,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          reason: null,
          created_at: submitted,
        });
        prev = to;
      }
      demands.push({
        id,
        region_code: e.regionCode,
        call_id: draftOnly ? null : call.id,
        enterprise_id: e.id,
        title: `${rng.pick(TECH_DEMAND_FIELDS)}关键技术需求第${(i % 90) + 1}项`,
        field: rng.pick(TECH_DEMAND_FIELDS),
        problem: '生产中的关键技术难题，需要外部团队攻关',
        budget: `${rng.int(10, 300) * 10_000}.00`,
        period_months: rng.int(6, 36),
        contact_name: `联系人${i % 100}`,
        contact_phone: cipher.seal(`139${String(10_000_000 + i).slice(-8)}`),
        state: prev,
        review_score: draftOnly ? null : score.toFixed(2),
        review_rank: null,
        submitted_on: draftOnly ? null : isoDate(submitted),
        selected_on: !draftOnly && selected ? `${call.year}-04-20` : null,
        published_on: !draftOnly && selected ? `${call.year}-05-10` : null,
        bid_deadline: !draftOnly && selected ? `${call.year}-06-30` : null,
        ...stamp(submitted),
      });
      ctx.audit.add(ctx.actor, {
        at: submitted,
        action: 'tech-demand.demand.create',
        objectType: 'tech_demand',
        objectId: id,
        regionCode: e.regionCode,
      });
    }
    await bulkInsert(ctx.exec, 'tech_demand_call', CALL_COLUMNS, calls);
    await bulkInsert(ctx.exec, 'tech_demand', DEMAND_COLUMNS, demands);
    await bulkInsert(ctx.exec, 'tech_demand_history', HISTORY_COLUMNS, history);
    await ctx.audit.flush();
    for (const table of ['tech_demand_call', 'tech_demand', 'tech_demand_history']) await syncSequence(ctx.exec, table);
    return {
      rows: { tech_demand_call: calls.length, tech_demand: demands.length, tech_demand_history: history.length },
    };
  },
};
