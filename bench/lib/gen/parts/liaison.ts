import { cumulativeWeights } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, type DataPart, type GenContext } from '../context';
import { createUsers } from './users';

/** Cadre accounts of the import county that sign in for (k) and lead its enterprises. */
export const CADRE_ACCOUNTS = 16;
/** The quarter operation (k) reads a cadre's coverage for. */
export const LIAISON_YEAR = 2024;
export const LIAISON_QUARTER = 2;
/** Visits per assigned enterprise and year; a third raise an issue. */
const VISITS_PER_YEAR = 3;

const TRACKED: Column[] = [
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const ASSIGNMENT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['enterprise_id', 'int4'],
  ['cadre_id', 'int4'],
  ['start_on', 'date'],
  ['end_on', 'date'],
  ['source', 'text'],
  ['rule_label', 'text'],
  ...TRACKED,
];
const VISIT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['enterprise_id', 'int4'],
  ['cadre_id', 'int4'],
  ['visited_on', 'date'],
  ['form', 'text'],
  ['people_met', 'text'],
  ['policies', 'jsonb'],
  ['questions', 'text'],
  ['campaign', 'text'],
  ...TRACKED,
];
const ISSUE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['visit_id', 'int4'],
  ['enterprise_id', 'int4'],
  ['cadre_id', 'int4'],
  ['content', 'text'],
  ['category', 'text'],
  ['department', 'text'],
  ['raised_on', 'date'],
  ['due_on', 'date'],
  ['status', 'text'],
  ['answer', 'text'],
  ['closed_on', 'date'],
  ...TRACKED,
];
const FORMS = ['onsite', 'phone', 'online'] as const;
const FORM_CUM = cumulativeWeights([70, 20, 10]);
const POLICIES = ['rd_deduction', 'hightech_tax', 'tech_sme_eval', 'project_apply'] as const;
const STATES = ['confirmed', 'closed', 'handling', 'pending'] as const;
const STATE_CUM = cumulativeWeights([70, 10, 12, 8]);
const ISSUES = [
  ['policy', 'kjj', '研发费用加计扣除备案咨询'],
  ['funding', 'kjj', '省级科技计划项目申报材料'],
  ['talent', 'rsj', '研发人员引进补贴'],
  ['land', 'other', '扩建用地指标'],
] as const;

const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * 干部包企业 (docs/rules.md §5.7.1): every enterprise of the register assigned to a lead cadre for each of the
 * scale's years (the import county's to the 16 cadre accounts bench_cadre01…, each other county's to its own
 * bench_lead_<county>), three visits a year each, a third of them raising an issue (70% confirmed, the rest
 * closed, in hand or pending), with an audit row per visit. 3,750 assignments and 11,250 visits at county scale; 300,000 and 900,000 at
 * province scale.
 */
export const liaisonPart: DataPart = {
  name: 'liaison',
  description: '干部包企业 assignments, visits and issues, with cadre accounts for (k)',
  async pendingReason(ctx) {
    for (const t of ['liaison_assignment', 'liaison_visit', 'liaison_issue']) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261207-0818-liaison)`;
    }
    return null;
  },
  async run(ctx: GenContext) {
    const rng = ctx.rng.fork('liaison');
    const cadres = await createUsers(
      ctx,
      Array.from({ length: CADRE_ACCOUNTS }, (_v, i) => ({
        username: `bench_cadre${String(i + 1).padStart(2, '0')}`,
        role: 'staff',
        regionCode: ctx.scale.importCounty,
        purpose: '(k) cadre',
        displayName: `包联干部${i + 1}`,
      })),
      at('2021-12-20', 0),
    );
    // Every other county's enterprises are led by a cadre of that county (a cadre leads only inside their region,
    // as the product's row scope reads them), not by one account across the province.
    const otherCounties = [...new Set(ctx.enterprises.map((e) => e.regionCode))]
      .filter((code) => code !== ctx.scale.importCounty)
      .sort();
    const countyLeads = !otherCounties.length
      ? []
      : await createUsers(
          ctx,
          otherCounties.map((code) => ({
            username: `bench_lead_${code}`,
            role: 'staff',
            regionCode: code,
            purpose: 'leads the county’s enterprises (liaison)',
            displayName: `包联干部（${code}）`,
          })),
          at('2021-12-20', 0),
        );
    const leadOf = new Map(otherCounties.map((code, i) => [code, countyLeads[i]!.id]));
    const maxOf = async (table: string) =>
      (await ctx.exec<{ m: number | null }>(`select max(id) as m from ${table}`))[0]?.m ?? 0;
    let assignmentId = await maxOf('liaison_assignment');
    let visitId = await maxOf('liaison_visit');
    let issueId = await maxOf('liaison_issue');
    const assignments: Record<string, unknown>[] = [];
    const visits: Record<string, unknown>[] = [];
    const issues: Record<string, unknown>[] = [];
    const counts = { liaison_assignment: 0, liaison_visit: 0, liaison_issue: 0 };
    const flush = async () => {
      counts.liaison_assignment += assignments.length;
      counts.liaison_visit += visits.length;
      counts.liaison_issue += issues.length;
      await bulkInsert(ctx.exec, 'liaison_assignment', ASSIGNMENT_COLUMNS, assignments.splice(0));
      await bulkInsert(ctx.exec, 'liaison_visit', VISIT_COLUMNS, visits.splice(0));
      await bulkInsert(ctx.exec, 'liaison_issue', ISSUE_COLUMNS, issues.splice(0));
      await ctx.audit.flush();
    };
    let local = 0;
    for (const e of ctx.enterprises) {
      const cadreId =
        e.regionCode === ctx.scale.importCounty ? cadres[local++ % cadres.length]!.id : leadOf.get(e.regionCode)!;
      for (const year of ctx.scale.years) {
        const stamp = at(`${year}-01-01`, 0, 3600 * 9);
        assignments.push({
          id: ++assignmentId,
          region_code: e.regionCode,
          enterprise_id: e.id,
          cadre_id: cadreId,
          start_on: `${year}-01-01`,
          end_on: `${year}-12-31`,
          source: 'rule',
          rule_label: '全部企业',
          created_at: stamp,
          created_by: ctx.actor.id,
          updated_at: stamp,
          updated_by: ctx.actor.id,
          version: 1,
        });
        const first = dayOf(`${year}-01-01`);
        for (let k = 0; k < VISITS_PER_YEAR; k++) {
          const visitedOn = isoOf(first + rng.int(0, 364));
          const created = at(visitedOn, 0, 3600 * 9);
          const id = ++visitId;
          const visit = {
            id,
            region_code: e.regionCode,
            enterprise_id: e.id,
            cadre_id: cadreId,
            visited_on: visitedOn,
            form: rng.weighted(FORMS, FORM_CUM),
            people_met: '企业负责人',
            policies: JSON.stringify([rng.pick(POLICIES)]),
            questions: null,
            campaign: rng.chance(0.3) ? 'three_visits' : null,
            created_at: created,
            created_by: cadreId,
            updated_at: created,
            updated_by: cadreId,
            version: 1,
          };
          visits.push(visit);
          ctx.audit.add(ctx.actor, {
            at: created,
            action: 'liaison.visit',
            objectType: 'liaison_visit',
            objectId: id,
            regionCode: e.regionCode,
            after: visit,
          });
          if (!rng.chance(1 / 3)) continue;
          const [category, department, content] = rng.pick(ISSUES);
          const status = rng.weighted(STATES, STATE_CUM);
          const dueOn = isoOf(dayOf(visitedOn) + 30);
          const answered = status === 'confirmed' || status === 'closed';
          issues.push({
            id: ++issueId,
            region_code: e.regionCode,
            visit_id: id,
            enterprise_id: e.id,
            cadre_id: cadreId,
            content,
            category,
            department,
            raised_on: visitedOn,
            due_on: dueOn,
            status,
            answer: answered ? '已办理并答复企业' : null,
            closed_on: answered ? isoOf(dayOf(visitedOn) + rng.int(5, 40)) : null,
            created_at: created,
            created_by: cadreId,
            updated_at: created,
            updated_by: cadreId,
            version: 1,
          });
        }
      }
      if (visits.length >= 20_000) await flush();
    }
    await flush();
    for (const t of ['liaison_assignment', 'liaison_visit', 'liaison_issue']) await syncSequence(ctx.exec, t);
    ctx.facts.cadreAccounts = cadres.map((c) => c.username);
    ctx.log(
      `  ${counts.liaison_assignment} assignments, ${counts.liaison_visit} visits, ${counts.liaison_issue} issues; cadres ${cadres[0]?.username}…`,
    );
    return { rows: counts };
  },
};
