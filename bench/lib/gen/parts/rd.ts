import { performerOf } from '@kechuang/domain';
import { cumulativeWeights } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, type DataPart, type EnterpriseRef } from '../context';

const TASK_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['title', 'text'],
  ['period', 'text'],
  ['due_date', 'date'],
  ['status', 'text'],
  ['unit_filter', 'jsonb'],
  ['published', 'bool'],
  ['published_at', 'timestamptz'],
  ['published_by', 'int4'],
  ['opened_at', 'timestamptz'],
  ['closed_at', 'timestamptz'],
  ['remark', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const FIGURES = [
  'staff_total',
  'revenue',
  'rd_staff',
  'internal_total',
  'labor',
  'materials',
  'depreciation',
  'equipment',
  'other_cost',
  'funds_own',
  'funds_government',
  'funds_other',
  'external_spend',
  'deduction_claimed',
];
const UNIT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['task_id', 'int4'],
  ['enterprise_id', 'int4'],
  ['region_code', 'text'],
  ['period', 'text'],
  ['township_code', 'text'],
  ['industry_code', 'text'],
  ['performer', 'text'],
  ['is_high_tech', 'bool'],
  ['is_tech_sme', 'bool'],
  ['status', 'text'],
  ...FIGURES.map((f) => [f, f === 'staff_total' || f === 'rd_staff' ? 'int4' : 'numeric'] as const),
  ['explanations', 'jsonb'],
  ['prefill', 'jsonb'],
  ['remark', 'text'],
  ['filled_by_staff', 'bool'],
  ['saved_at', 'timestamptz'],
  ['submitted_at', 'timestamptz'],
  ['submitted_by', 'int4'],
  ['reviewed_at', 'timestamptz'],
  ['reviewed_by', 'int4'],
  ['return_reason', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const INDICATOR_COLUMNS: Column[] = [
  ['region_code', 'text'],
  ['code', 'text'],
  ['period', 'text'],
  ['value', 'numeric'],
  ['unit', 'text'],
  ['source', 'text'],
  ['remark', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];

const STATUSES = ['approved', 'submitted', 'returned', 'saved', 'not_filled'];
/** Older periods are finished; the latest is still being collected. */
const FINISHED = cumulativeWeights([88, 3, 2, 2, 5]);
const COLLECTING = cumulativeWeights([55, 20, 3, 10, 12]);
const yuan = (v: number) => (Math.round(v * 100) / 100).toFixed(2);

/** The R&D periods a scale holds: the last `rdPeriods` years up to 2024. */
export const rdPeriods = (n: number) => Array.from({ length: n }, (_, i) => String(2024 - n + 1 + i));

/**
 * R&D expenditure collection: per county and period one task (older periods closed and their totals published,
 * the latest open), its units frozen from the register with their township, industry, tier and performer, each
 * form filled, submitted and reviewed as the use cases do (rd.form.save / submit / approve / return audit rows
 * with before/after), and each county's GDP per period so the summaries compute R&D intensity.
 */
export const rdPart: DataPart = {
  name: 'rd',
  description:
    'R&D tasks per county and period, unit forms with their review history, GDP indicators, and their audit rows',
  async pendingReason(ctx) {
    for (const t of ['rd_task', 'rd_task_unit', 'indicator_value']) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261125-0400-rd)`;
    }
    return null;
  },
  async run(ctx) {
    const rng = ctx.rng.fork('rd');
    const periods = rdPeriods(ctx.scale.rdPeriods);
    const perPeriod = Math.floor(ctx.scale.rdForms / periods.length);
    const ents = ctx.enterprises;
    const staff = ctx.users.find((u) => u.username === 'bench_staff')!;
    const [{ max: maxTask }] = await ctx.exec<{ max: number | null }>('select max(id) as max from rd_task');
    const [{ max: maxUnit }] = await ctx.exec<{ max: number | null }>('select max(id) as max from rd_task_unit');
    let taskId = maxTask ?? 0;
    let unitId = maxUnit ?? 0;
    const counties = ctx.counties.filter((c) => ents.some((e) => e.regionCode === c.code));
    const tasks: Record<string, unknown>[] = [];
    const indicators: Record<string, unknown>[] = [];
    const facts: Record<string, number[]> = {};
    let units = 0;
    for (const [pi, period] of periods.entries()) {
      const latest = pi === periods.length - 1;
      const year = Number(period);
      // The period's units: a random subset of the register, each unit once per period.
      const chosen = new Map<string, EnterpriseRef[]>();
      const seen = new Set<number>();
      while (seen.size < Math.min(perPeriod, ents.length)) {
        const e = ents[rng.int(0, ents.length - 1)];
        if (seen.has(e.id)) continue;
        seen.add(e.id);
        (chosen.get(e.regionCode) ?? chosen.set(e.regionCode, []).get(e.regionCode)!).push(e);
      }
      facts[period] = [];
      for (const county of counties) {
        const members = (chosen.get(county.code) ?? []).sort((a, b) => a.id - b.id);
        const id = ++taskId;
        facts[period].push(id);
        const created = at(`${year + 1}-01-05`, 0, id % 3_600);
        const opened = at(`${year + 1}-01-10`, 0);
        const task: Record<string, unknown> = {
          id,
          region_code: county.code,
          title: `${county.name}${year}年度研发经费投入统计`,
          period,
          due_date: `${year + 1}-03-31`,
          status: 'draft',
          unit_filter: { picks: ['all'], tags: [], enterpriseIds: [] },
          published: false,
          published_at: null,
          published_by: null,
          opened_at: null,
          closed_at: null,
          remark: null,
          created_at: created,
          created_by: staff.id,
          updated_at: created,
          updated_by: staff.id,
          version: 1,
        };
        const actor = { id: staff.id, name: staff.username, ip: null };
        // The task's life: created, opened, and for finished periods closed and its totals published.
        const moves: [Date, string, Record<string, unknown>][] = [
          [opened, 'rd.task.open', { status: 'open', opened_at: opened }],
        ];
        if (!latest) {
          const closed = at(`${year + 1}-04-01`, 0);
          const pub = at(`${year + 1}-04-10`, 0);
          moves.push(
            [closed, 'rd.task.close', { status: 'closed', closed_at: closed }],
            [pub, 'rd.task.publish', { published: true, published_at: pub, published_by: staff.id }],
          );
        }
        const snaps = [task];
        for (const [when, , set] of moves) {
          snaps.push({ ...snaps[snaps.length - 1], ...set, version: snaps.length + 1, updated_at: when });
        }
        await bulkInsert(ctx.exec, 'rd_task', TASK_COLUMNS, [snaps[snaps.length - 1]]);
        tasks.push(snaps[snaps.length - 1]);
        const auditMove = (k: number) =>
          ctx.audit.add(actor, {
            at: moves[k][0],
            action: moves[k][1],
            objectType: 'rd_task',
            objectId: id,
            regionCode: county.code,
            before: snaps[k],
            after: snaps[k + 1],
          });
        ctx.audit.add(actor, {
          at: created,
          action: 'rd.task.create',
          objectType: 'rd_task',
          objectId: id,
          regionCode: county.code,
          after: task,
          details: { units: members.length, skipped: 0 },
        });
        auditMove(0);

        const rows: Record<string, unknown>[] = [];
        for (const e of members) {
          const status = rng.weighted(STATUSES, latest ? COLLECTING : FINISHED);
          const uid = ++unitId;
          const base: Record<string, unknown> = {
            id: uid,
            task_id: id,
            enterprise_id: e.id,
            region_code: e.regionCode,
            period,
            township_code: e.townshipCode,
            industry_code: e.industryCode,
            performer: performerOf(e.unitKind),
            is_high_tech: e.tiers?.has('high_tech') ?? false,
            is_tech_sme: e.tiers?.has('tech_sme') ?? false,
            status: 'not_filled',
            ...Object.fromEntries(FIGURES.map((f) => [f, null])),
            explanations: {},
            prefill: {},
            remark: null,
            filled_by_staff: false,
            saved_at: null,
            submitted_at: null,
            submitted_by: null,
            reviewed_at: null,
            reviewed_by: null,
            return_reason: null,
            created_at: created,
            created_by: staff.id,
            updated_at: created,
            updated_by: staff.id,
            version: 1,
          };
          let row = base;
          if (status !== 'not_filled') {
            const revenue = 1_000_000 + rng.next() ** 2 * 200_000_000;
            const parts = [0.45, 0.3, 0.08, 0.1, 0.07].map((w) => revenue * (0.004 + rng.next() * 0.05) * w);
            const internal = parts.reduce((a, b) => a + b, 0);
            const gov = internal * rng.next() * 0.2;
            const other = internal * rng.next() * 0.05;
            const figures = {
              staff_total: rng.int(10, 800),
              revenue: yuan(revenue),
              rd_staff: rng.int(1, 60),
              labor: yuan(parts[0]),
              materials: yuan(parts[1]),
              depreciation: yuan(parts[2]),
              equipment: yuan(parts[3]),
              other_cost: yuan(parts[4]),
              internal_total: yuan(parts.map((x) => Number(yuan(x))).reduce((a, b) => a + b, 0)),
              funds_government: yuan(gov),
              funds_other: yuan(other),
              external_spend: yuan(internal * rng.next() * 0.1),
              deduction_claimed: yuan(internal * 0.8),
            };
            (figures as Record<string, unknown>).funds_own = yuan(
              Number(figures.internal_total) - Number(figures.funds_government) - Number(figures.funds_other),
            );
            const savedAt = at(`${year + 1}-01-15`, rng.int(0, 40), uid % 3_600);
            const saved = {
              ...row,
              ...figures,
              status: 'saved',
              saved_at: savedAt,
              updated_at: savedAt,
              updated_by: null,
              version: Number(row.version) + 1,
            };
            ctx.audit.add(
              { id: null, name: 'enterprise', ip: null },
              {
                at: savedAt,
                action: 'rd.form.save',
                objectType: 'rd_task_unit',
                objectId: uid,
                regionCode: e.regionCode,
                before: row,
                after: saved,
              },
            );
            row = saved;
            if (status !== 'saved') {
              const submittedAt = new Date(savedAt.getTime() + rng.int(1, 10) * 86_400_000);
              const submitted = {
                ...row,
                status: 'submitted',
                submitted_at: submittedAt,
                updated_at: submittedAt,
                version: Number(row.version) + 1,
              };
              ctx.audit.add(
                { id: null, name: 'enterprise', ip: null },
                {
                  at: submittedAt,
                  action: 'rd.form.submit',
                  objectType: 'rd_task_unit',
                  objectId: uid,
                  regionCode: e.regionCode,
                  before: row,
                  after: submitted,
                  details: { warnings: [] },
                },
              );
              row = submitted;
              if (status === 'approved' || status === 'returned') {
                const reviewedAt = new Date(submittedAt.getTime() + rng.int(1, 15) * 86_400_000);
                const reason = status === 'returned' ? '研发人员数与人员人工费用不匹配，请核实' : null;
                const reviewed = {
                  ...row,
                  status,
                  reviewed_at: reviewedAt,
                  reviewed_by: staff.id,
                  return_reason: reason,
                  updated_at: reviewedAt,
                  updated_by: staff.id,
                  version: Number(row.version) + 1,
                };
                ctx.audit.add(actor, {
                  at: reviewedAt,
                  action: `rd.form.${status === 'approved' ? 'approve' : 'return'}`,
                  objectType: 'rd_task_unit',
                  objectId: uid,
                  regionCode: e.regionCode,
                  before: row,
                  after: reviewed,
                  details: { reason },
                });
                row = reviewed;
              }
            }
          }
          rows.push(row);
        }
        await bulkInsert(ctx.exec, 'rd_task_unit', UNIT_COLUMNS, rows);
        units += rows.length;
        for (let k = 1; k < moves.length; k++) auditMove(k);
        const gdpAt = at(`${year + 1}-03-01`, 0);
        indicators.push({
          region_code: county.code,
          code: 'gdp',
          period,
          value: yuan(5e9 + rng.next() * 4e10),
          unit: '元',
          source: `${year}年${county.name}国民经济和社会发展统计公报`,
          remark: null,
          created_at: gdpAt,
          created_by: staff.id,
          updated_at: gdpAt,
          updated_by: staff.id,
          version: 1,
        });
        await ctx.audit.flushIfFull();
      }
    }
    await bulkInsert(ctx.exec, 'indicator_value', INDICATOR_COLUMNS, indicators);
    for (const [i, ind] of indicators.entries()) {
      ctx.audit.add(
        { id: staff.id, name: staff.username, ip: null },
        {
          at: ind.created_at as Date,
          action: 'indicator.create',
          objectType: 'indicator_value',
          objectId: i + 1,
          regionCode: ind.region_code as string,
          after: ind,
        },
      );
    }
    await ctx.audit.flush();
    await syncSequence(ctx.exec, 'rd_task');
    await syncSequence(ctx.exec, 'rd_task_unit');
    ctx.facts.rdTasks = facts;
    return { rows: { rd_task: tasks.length, rd_task_unit: units, indicator_value: indicators.length } };
  },
};
