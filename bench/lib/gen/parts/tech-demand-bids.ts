import { personalData } from '../../product';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart } from '../context';

const TRACKED: Column[] = [
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const BID_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['demand_id', 'int4'],
  ['partner_id', 'int4'],
  ['leader', 'jsonb'],
  ['members', 'jsonb'],
  ['solution', 'text'],
  ['budget', 'numeric'],
  ['period_months', 'int2'],
  ['applied_on', 'date'],
  ['state', 'text'],
  ['chosen_on', 'date'],
  ['publicity_from', 'date'],
  ['publicity_to', 'date'],
  ...TRACKED,
];
const CONTRACT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['demand_id', 'int4'],
  ['bid_id', 'int4'],
  ['enterprise_id', 'int4'],
  ['partner_id', 'int4'],
  ['amount', 'numeric'],
  ['signed_on', 'date'],
  ...TRACKED,
];
const MILESTONE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['contract_id', 'int4'],
  ['seq', 'int2'],
  ['title', 'text'],
  ['due_on', 'date'],
  ['pay_enterprise', 'numeric'],
  ['pay_county', 'numeric'],
  ['pay_other', 'numeric'],
  ['paid', 'numeric'],
  ['reached_on', 'date'],
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

const plus = (day: string, n: number) => isoDate(at(day, n));

/**
 * 揭榜 at scale (docs/rules.md §5.2), after the demands: three in five published demands get one to three
 * applications from the partners register; on seven in ten of those one team is chosen (a 公示 of seven calendar
 * days after the choice, close to the product's five working days) and the contract signed with two milestones
 * (the demand 实施中), the others stay 揭榜中. Leader phones sealed as the product writes them.
 */
export const techDemandBidsPart: DataPart = {
  name: 'tech-demand-bids',
  description: '揭榜 applications, the chosen team, contracts with milestones',
  pendingReason: async (ctx) =>
    ctx.tables.has('tech_demand_bid') ? null : 'the tech-demand module’s 揭榜 tables are missing',
  async run(ctx) {
    const rng = ctx.rng.fork('tech-demand-bids');
    const cipher = personalData();
    const demands = await ctx.exec<{
      id: number;
      region_code: string;
      enterprise_id: number;
      published_on: string;
      bid_deadline: string;
      budget: string;
    }>(
      `select id, region_code, enterprise_id, published_on::text as published_on, bid_deadline::text as bid_deadline,
              budget::text as budget
         from tech_demand where state = 'published' order by id`,
    );
    const partners = await ctx.exec<{ id: number; name: string }>(
      'select id, name from cooperation_partner order by id',
    );
    if (!partners.length || !demands.length) return { rows: { tech_demand_bid: 0 } as Record<string, number> };
    const max = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    let bidId = await max('tech_demand_bid');
    let contractId = await max('tech_demand_contract');
    let milestoneId = await max('tech_demand_milestone');
    let historyId = await max('tech_demand_history');
    const bids: Record<string, unknown>[] = [];
    const contracts: Record<string, unknown>[] = [];
    const milestones: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const moved: { id: number; state: string }[] = [];
    const stamp = (when: Date) => ({
      created_at: when,
      created_by: ctx.actor.id,
      updated_at: when,
      updated_by: ctx.actor.id,
      version: 1,
    });
    const move = (demandId: number, from: string, to: string, day: string) =>
      history.push({
        id: ++historyId,
        demand_id: demandId,
        from_state: from,
        to_state: to,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        reason: null,
        created_at: at(day, 0),
      });

    for (const d of demands) {
      if (!rng.chance(0.6)) continue;
      const count = rng.int(1, 3);
      const choose = rng.chance(0.7);
      const firstApplied = plus(d.published_on, rng.int(3, 20));
      move(d.id, 'published', 'bidding', firstApplied);
      const ids: number[] = [];
      for (let i = 0; i < count; i++) {
        const partner = rng.pick(partners);
        const appliedOn = plus(firstApplied, i * 3);
        const chosen = choose && i === 0;
        const chosenOn = plus(d.bid_deadline, 5);
        const id = ++bidId;
        ids.push(id);
        bids.push({
          id,
          region_code: d.region_code,
          demand_id: d.id,
          partner_id: partner.id,
          leader: JSON.stringify({
            name: `揭榜负责人${id % 500}`,
            title: '研究员',
            unit: partner.name,
            role: '项目负责人',
            phone: cipher.seal(`139${String(20_000_000 + id).slice(-8)}`),
          }),
          members: '[]',
          solution: '针对需求提出的技术路线与实施方案，分阶段攻关并在企业生产线验证',
          budget: d.budget,
          period_months: rng.int(12, 36),
          applied_on: appliedOn,
          state: choose ? (chosen ? 'chosen' : 'not_chosen') : 'submitted',
          chosen_on: chosen ? chosenOn : null,
          publicity_from: chosen ? plus(chosenOn, 1) : null,
          publicity_to: chosen ? plus(chosenOn, 7) : null,
          ...stamp(at(appliedOn, 0)),
        });
        ctx.audit.add(ctx.actor, {
          at: at(appliedOn, 0),
          action: 'tech-demand.bid.create',
          objectType: 'tech_demand_bid',
          objectId: id,
          regionCode: d.region_code,
        });
      }
      if (!choose) {
        moved.push({ id: d.id, state: 'bidding' });
        continue;
      }
      const signedOn = plus(d.bid_deadline, 20);
      const id = ++contractId;
      const amount = Number(d.budget);
      contracts.push({
        id,
        region_code: d.region_code,
        demand_id: d.id,
        bid_id: ids[0],
        enterprise_id: d.enterprise_id,
        partner_id: bids[bids.length - count].partner_id,
        amount: amount.toFixed(2),
        signed_on: signedOn,
        ...stamp(at(signedOn, 0)),
      });
      for (const [seq, months] of [
        [1, 6],
        [2, 18],
      ] as const) {
        const dueOn = plus(signedOn, months * 30);
        milestones.push({
          id: ++milestoneId,
          region_code: d.region_code,
          contract_id: id,
          seq,
          title: seq === 1 ? '关键技术攻关完成' : '成果在企业生产线应用并验收',
          due_on: dueOn,
          pay_enterprise: (amount * 0.4).toFixed(2),
          pay_county: (amount * 0.1).toFixed(2),
          pay_other: '0.00',
          paid: '0.00',
          reached_on: null,
          ...stamp(at(signedOn, 0)),
        });
      }
      ctx.audit.add(ctx.actor, {
        at: at(signedOn, 0),
        action: 'tech-demand.contract.create',
        objectType: 'tech_demand_contract',
        objectId: id,
        regionCode: d.region_code,
      });
      move(d.id, 'bidding', 'signed', signedOn);
      move(d.id, 'signed', 'implementing', plus(signedOn, 3));
      moved.push({ id: d.id, state: 'implementing' });
    }
    await bulkInsert(ctx.exec, 'tech_demand_bid', BID_COLUMNS, bids);
    await bulkInsert(ctx.exec, 'tech_demand_contract', CONTRACT_COLUMNS, contracts);
    await bulkInsert(ctx.exec, 'tech_demand_milestone', MILESTONE_COLUMNS, milestones);
    await bulkInsert(ctx.exec, 'tech_demand_history', HISTORY_COLUMNS, history);
    if (moved.length) {
      await ctx.exec(
        `update tech_demand d set state = m.state, version = d.version + 1
           from (select unnest($1::int[]) as id, unnest($2::text[]) as state) m where d.id = m.id`,
        [moved.map((m) => m.id), moved.map((m) => m.state)],
      );
    }
    await ctx.audit.flush();
    for (const table of ['tech_demand_bid', 'tech_demand_contract', 'tech_demand_milestone', 'tech_demand_history']) {
      await syncSequence(ctx.exec, table);
    }
    return {
      rows: {
        tech_demand_bid: bids.length,
        tech_demand_contract: contracts.length,
        tech_demand_milestone: milestones.length,
      },
    };
  },
};
