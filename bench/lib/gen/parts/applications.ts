import { APPLICATION_STATE_LABELS, type ApplicationState } from '@kechuang/domain';
import { cumulativeWeights, type Rng } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, type County, type DataPart, type EnterpriseRef } from '../context';
import { EVENT_COLUMNS } from './enterprises';
import { createUsers } from './users';

/** The form every generated call uses: required fields only, no required attachment. */
export const CALL_FORM = [
  { key: 'summary', label: '项目简介', type: 'textarea', required: true, maxLength: 2000 },
  { key: 'budget', label: '项目总投资（元）', type: 'money', required: true },
  { key: 'startDate', label: '计划开始日期', type: 'date', required: true },
  {
    key: 'field',
    label: '技术领域',
    type: 'select',
    required: true,
    options: ['新材料', '生物医药', '现代农业', '电子信息', '先进制造', '资源环境'],
  },
];
const CRITERIA = [
  { key: 'innovation', label: '创新性', maxScore: 40, weight: 1 },
  { key: 'feasibility', label: '可行性', maxScore: 30, weight: 1 },
  { key: 'benefit', label: '预期效益', maxScore: 30, weight: 1 },
];
const CATEGORIES = ['county_plan', 'central_guide', 'city_plan', 'provincial_measures'];
const CATEGORY_TITLES: Record<string, string> = {
  county_plan: '县级科技计划',
  central_guide: '中央引导地方科技发展资金',
  city_plan: '市级科技计划',
  provincial_measures: '省支持科技创新若干措施',
};
const TOPICS = [
  '马铃薯脱毒种薯',
  '中药材标准化种植',
  '新型建材',
  '光伏组件',
  '风电运维',
  '农产品冷链',
  '智能灌溉',
  '精细化工',
  '高性能合金',
  '工业互联网',
  '生物发酵',
  '节能装备',
];
const FIELDS = CALL_FORM[3].options as string[];
const HISTORY_YEARS = [2022, 2023, 2024];
export const OPEN_CALL_YEAR = 2026;
// Open calls stay open until 2030 so the (e) submissions pass the deadline check whenever the benchmark runs.
const OPEN_FROM = '2026-01-05';
const OPEN_UNTIL = '2030-12-31T23:59:59+08:00';

const CALL_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['title', 'text'],
  ['category', 'text'],
  ['level', 'text'],
  ['year', 'int2'],
  ['opens_at', 'timestamptz'],
  ['closes_at', 'timestamptz'],
  ['status', 'text'],
  ['guide', 'text'],
  ['form', 'jsonb'],
  ['criteria', 'jsonb'],
  ['min_experts', 'int2'],
  ['outlier_rule', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const APP_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['call_id', 'int4'],
  ['enterprise_id', 'int4'],
  ['reserve_id', 'int4'],
  ['title', 'text'],
  ['state', 'text'],
  ['data', 'jsonb'],
  ['requested_amount', 'numeric'],
  ['approved_amount', 'numeric'],
  ['project_no', 'text'],
  ['starts_on', 'date'],
  ['ends_on', 'date'],
  ['midterm_due_on', 'date'],
  ['submitted_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const TRANSITION_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['application_id', 'int4'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['at', 'timestamptz'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['on_behalf', 'bool'],
  ['comment', 'text'],
  ['visibility', 'text'],
];
const REVIEW_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['application_id', 'int4'],
  ['expert_id', 'int4'],
  ['status', 'text'],
  ['scores', 'jsonb'],
  ['comment', 'text'],
  ['submitted_at', 'timestamptz'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const EXPERT_COLUMNS: Column[] = [
  ['user_id', 'int4'],
  ['region_code', 'text'],
  ['name', 'text'],
  ['title', 'text'],
  ['employer_credit_code', 'text'],
  ['employer_name', 'text'],
  ['fields', 'text[]'],
  ['conflicts', 'jsonb'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];

type S = ApplicationState;
const REASONS: Partial<Record<S, string>> = {
  returned: '预算编制不规范，请补充说明后重新提交',
  rejected: '综合评审得分未进入立项范围',
  terminated: '项目单位申请终止实施',
};
// Final states of applications to closed calls, by how long ago the call closed: projects run three years
// (mid-term check after 18 months), so 2022 projects are finished, 2023 ones mostly accepted, 2024 ones under way.
const HISTORY_FINAL: S[] = [
  'accepted',
  'terminated',
  'midterm',
  'in_progress',
  'approved',
  'rejected',
  'recommended',
  'returned',
  'county_review',
];
const HISTORY_CUM: Record<number, number[]> = {
  2022: cumulativeWeights([58, 6, 0, 0, 0, 32, 0, 4, 0]),
  2023: cumulativeWeights([50, 6, 5, 0, 0, 33, 0, 4, 2]),
  2024: cumulativeWeights([0, 4, 38, 5, 6, 31, 8, 4, 4]),
};
const OPEN_FINAL: S[] = ['draft', 'submitted', 'county_review', 'returned', 'recommended'];
const OPEN_CUM = cumulativeWeights([50, 30, 12, 5, 3]);

/** The moves from 'draft' to a final state, each allowed by APPLICATION_TRANSITIONS (one in ten goes back once for changes). */
function pathTo(final: S, rng: Rng): S[] {
  if (final === 'draft') return [];
  const review: S[] = rng.chance(0.1)
    ? ['submitted', 'county_review', 'returned', 'submitted', 'county_review']
    : ['submitted', 'county_review'];
  switch (final) {
    case 'submitted':
      return ['submitted'];
    case 'county_review':
      return review;
    case 'returned':
      return ['submitted', 'county_review', 'returned'];
    case 'recommended':
      return [...review, 'recommended'];
    case 'approved':
    case 'rejected':
      return [...review, 'recommended', final];
    case 'in_progress':
      return [...review, 'recommended', 'approved', 'in_progress'];
    case 'midterm':
    case 'accepted':
      return [
        ...review,
        'recommended',
        'approved',
        'in_progress',
        'midterm',
        ...(final === 'accepted' ? (['accepted'] as S[]) : []),
      ];
    case 'terminated':
      return [
        ...review,
        'recommended',
        'approved',
        'in_progress',
        ...(rng.chance(0.5) ? (['midterm'] as S[]) : []),
        'terminated',
      ];
    default:
      return [];
  }
}

interface Call {
  id: number;
  county: County;
  year: number;
  open: boolean;
  title: string;
  opensAt: Date;
}

/**
 * Project calls and applications with their whole history: per county, closed calls of 2022–2024 and open calls
 * (until 2030) of 2026; applications created, moved along the state machine (project_transition rows, an audit row
 * with before/after and a timeline entry per move), expert reviews (3 experts scoring each application that
 * reached 推荐上报), and enterprise accounts whose drafts in the open calls are what (e) submits.
 */
export const applicationsPart: DataPart = {
  name: 'applications',
  description:
    'calls, applications with transitions and expert reviews, applicant and expert accounts, and their audit rows',
  async pendingReason(ctx) {
    for (const t of [
      'project_call',
      'project_application',
      'project_transition',
      'review_assignment',
      'expert_profile',
    ]) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261125-0300-projects)`;
    }
    return null;
  },
  async run(ctx) {
    const rng = ctx.rng.fork('applications');
    const scale = ctx.scale;
    const ents = ctx.enterprises;
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ents) (byCounty.get(e.regionCode) ?? byCounty.set(e.regionCode, []).get(e.regionCode)!).push(e);
    const counties = ctx.counties.filter((c) => byCounty.has(c.code));

    // Experts (reviewers) and the applicant accounts of (e).
    const expertCount = Math.max(6, Math.min(200, Math.round(scale.applications / 250)));
    const experts = await createUsers(
      ctx,
      Array.from({ length: expertCount }, (_, i) => ({
        username: `bench_expert${String(i + 1).padStart(3, '0')}`,
        role: 'expert',
        regionCode: scale.regionCode,
        purpose: 'reviews',
        displayName: `评审专家${i + 1}`,
      })),
      at('2021-12-10', 0),
    );
    const step = Math.max(1, Math.floor(ents.length / scale.applicantAccounts));
    const applicants = Array.from({ length: Math.min(scale.applicantAccounts, ents.length) }, (_, i) => ents[i * step]);
    const accounts = await createUsers(
      ctx,
      applicants.map((e, i) => ({
        username: `bench_ent${String(i + 1).padStart(4, '0')}`,
        role: 'enterprise',
        regionCode: e.regionCode,
        enterpriseId: e.id,
        purpose: '(e) applicant',
        displayName: `企业填报员${i + 1}`,
      })),
      at('2021-12-15', 0),
    );
    const profileAt = at('2021-12-10', 1);
    await bulkInsert(
      ctx.exec,
      'expert_profile',
      EXPERT_COLUMNS,
      experts.map((u, i) => ({
        user_id: u.id,
        region_code: scale.regionCode,
        name: `评审专家${i + 1}`,
        title: rng.pick(['教授', '研究员', '高级工程师', '正高级工程师']),
        employer_credit_code: null,
        employer_name: rng.pick(['兰州大学', '兰州理工大学', '甘肃省科学院', '甘肃农业大学', '西北师范大学']),
        fields: [rng.pick(FIELDS)],
        conflicts: [],
        created_at: profileAt,
        created_by: ctx.actor.id,
        updated_at: profileAt,
        updated_by: ctx.actor.id,
        version: 1,
      })),
    );

    // Calls: 6 closed calls of 2022–2024 and `openCallsPerCounty` open calls of 2026 in every county with enterprises.
    const [{ max: maxCall }] = await ctx.exec<{ max: number | null }>('select max(id) as max from project_call');
    let callId = maxCall ?? 0;
    const calls: Call[] = [];
    const callRows: Record<string, unknown>[] = [];
    for (const county of counties) {
      const specs: { year: number; category: string; open: boolean; batch: number }[] = [];
      for (const year of HISTORY_YEARS) {
        for (const category of CATEGORIES.slice(0, 2)) specs.push({ year, category, open: false, batch: 1 });
      }
      for (let k = 0; k < scale.openCallsPerCounty; k++) {
        specs.push({
          year: OPEN_CALL_YEAR,
          category: CATEGORIES[k % CATEGORIES.length],
          open: true,
          batch: Math.floor(k / CATEGORIES.length) + 1,
        });
      }
      for (const s of specs) {
        const id = ++callId;
        const created = s.open ? at(OPEN_FROM, -20, id % 3_600) : at(`${s.year}-02-01`, 0, id % 3_600);
        const opensAt = s.open ? at(OPEN_FROM, 0) : at(`${s.year}-03-01`, 0);
        const closesAt = s.open ? new Date(OPEN_UNTIL) : at(`${s.year}-04-30`, 0, 8 * 3_600);
        const title = `${county.name}${s.year}年${CATEGORY_TITLES[s.category]}第${s.batch}批`;
        const row = {
          id,
          region_code: county.code,
          title,
          category: s.category,
          level: s.category === 'county_plan' ? 'county' : s.category === 'city_plan' ? 'city' : 'provincial',
          year: s.year,
          opens_at: opensAt,
          closes_at: closesAt,
          status: 'draft',
          guide: `${title}申报指南`,
          form: CALL_FORM,
          criteria: CRITERIA,
          min_experts: 3,
          outlier_rule: 'none',
          outlier_sd: null,
          ranking_confirmed_at: null,
          ranking_confirmed_by: null,
          ranking_snapshot: null,
          created_at: created,
          created_by: ctx.actor.id,
          updated_at: created,
          updated_by: ctx.actor.id,
          version: 1,
        };
        const published = {
          ...row,
          status: 'published',
          version: 2,
          updated_at: new Date(created.getTime() + 86_400_000),
        };
        ctx.audit.add(ctx.actor, {
          at: created,
          action: 'project.call.create',
          objectType: 'project_call',
          objectId: id,
          regionCode: county.code,
          after: row,
        });
        ctx.audit.add(ctx.actor, {
          at: published.updated_at,
          action: 'project.call.publish',
          objectType: 'project_call',
          objectId: id,
          regionCode: county.code,
          before: row,
          after: published,
        });
        callRows.push(published);
        calls.push({ id, county, year: s.year, open: s.open, title, opensAt });
      }
    }
    await bulkInsert(ctx.exec, 'project_call', CALL_COLUMNS, callRows);
    await syncSequence(ctx.exec, 'project_call');
    const callsOf = new Map<string, { open: Call[]; closed: Call[] }>();
    for (const c of calls) {
      const e = callsOf.get(c.county.code) ?? callsOf.set(c.county.code, { open: [], closed: [] }).get(c.county.code)!;
      (c.open ? e.open : e.closed).push(c);
    }

    // Which applications exist: the applicants' drafts in every open call of their county (the (e) pool), other
    // enterprises' applications to open calls (20 %), and the rest in closed calls with their full history.
    const used = new Set<string>();
    const planned: { e: EnterpriseRef; call: Call; final: S; pool: boolean }[] = [];
    for (const e of applicants) {
      for (const call of callsOf.get(e.regionCode)!.open) {
        used.add(`${e.id}/${call.id}`);
        planned.push({ e, call, final: 'draft', pool: true });
      }
    }
    const applicantIds = new Set(applicants.map((e) => e.id));
    const want = scale.applications;
    const openWanted = Math.round(want * 0.2);
    const pick = (open: boolean) => {
      for (let tries = 0; tries < 50; tries++) {
        const e = ents[rng.int(0, ents.length - 1)];
        if (open && applicantIds.has(e.id)) continue;
        const list = open ? callsOf.get(e.regionCode)!.open : callsOf.get(e.regionCode)!.closed;
        const call = rng.pick(list);
        if (used.has(`${e.id}/${call.id}`)) continue;
        used.add(`${e.id}/${call.id}`);
        return { e, call };
      }
      return null;
    };
    for (let i = 0; planned.length < want && i < openWanted; i++) {
      const p = pick(true);
      if (p) planned.push({ ...p, final: rng.weighted(OPEN_FINAL, OPEN_CUM), pool: false });
    }
    while (planned.length < want) {
      const p = pick(false);
      if (p) {
        planned.push({
          ...p,
          final: rng.weighted(HISTORY_FINAL, HISTORY_CUM[p.call.year] ?? HISTORY_CUM[2024]),
          pool: false,
        });
      }
    }

    const [{ max: maxApp }] = await ctx.exec<{ max: number | null }>('select max(id) as max from project_application');
    const [{ max: maxEvt }] = await ctx.exec<{ max: number | null }>('select max(id) as max from enterprise_event');
    let appId = maxApp ?? 0;
    let eventId = maxEvt ?? 0;
    let transitionId = 0;
    let reviewId = 0;
    const apps: Record<string, unknown>[] = [];
    const transitions: Record<string, unknown>[] = [];
    const reviews: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    const pool: { id: number; enterpriseId: number; version: number }[] = [];
    const counts = { transitions: 0, reviews: 0 };
    const flush = async () => {
      await bulkInsert(ctx.exec, 'project_application', APP_COLUMNS, apps.splice(0));
      await bulkInsert(ctx.exec, 'project_transition', TRANSITION_COLUMNS, transitions.splice(0));
      await bulkInsert(ctx.exec, 'review_assignment', REVIEW_COLUMNS, reviews.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, events.splice(0));
      await ctx.audit.flush();
    };
    const label = (s: string) => APPLICATION_STATE_LABELS[s as S] ?? s;
    for (const p of planned) {
      const id = ++appId;
      const topic = rng.pick(TOPICS);
      const title = `${topic}关键技术研究与示范`;
      const requested = `${rng.int(20, 300) * 10_000}.00`;
      let when = p.call.open
        ? at(OPEN_FROM, rng.int(0, 60), id % 86_400)
        : new Date(p.call.opensAt.getTime() + rng.int(0, 40) * 86_400_000 + (id % 86_400) * 1000);
      let row: Record<string, unknown> = {
        id,
        region_code: p.e.regionCode,
        call_id: p.call.id,
        enterprise_id: p.e.id,
        reserve_id: null,
        title,
        state: 'draft',
        data: {
          summary: `围绕${topic}开展关键技术攻关与示范应用。`,
          budget: requested,
          startDate: `${p.call.year}-07-01`,
          field: rng.pick(FIELDS),
        },
        requested_amount: requested,
        approved_amount: null,
        project_no: null,
        starts_on: null,
        ends_on: null,
        midterm_due_on: null,
        submitted_at: null,
        created_at: when,
        created_by: ctx.actor.id,
        updated_at: when,
        updated_by: ctx.actor.id,
        version: 1,
      };
      ctx.audit.add(ctx.actor, {
        at: when,
        action: 'project.application.create',
        objectType: 'project_application',
        objectId: id,
        regionCode: p.e.regionCode,
        after: row,
        details: { onBehalf: false },
      });
      events.push({
        id: ++eventId,
        enterprise_id: p.e.id,
        region_code: p.e.regionCode,
        at: when,
        module: 'project',
        kind: 'application-created',
        title: `创建申报书：${title}`,
        detail: `批次：${p.call.title}`,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        ref_type: 'project_application',
        ref_id: id,
      });
      for (const to of pathTo(p.final, rng)) {
        const from = row.state as S;
        when = new Date(when.getTime() + rng.int(2, 20) * 86_400_000);
        // Implementation steps happen on the project's own calendar.
        const y = p.call.year;
        const onOrAfter = (d: string) =>
          new Date(Math.max(when.getTime(), at(d, rng.int(0, 20), id % 3_600).getTime()));
        if (to === 'in_progress') when = onOrAfter(`${y}-07-01`);
        if (to === 'midterm') when = onOrAfter(`${y + 1}-12-01`);
        if (to === 'accepted' || (to === 'terminated' && y <= 2023 && rng.chance(0.5))) {
          when = onOrAfter(`${y + 3}-05-15`);
        }
        const comment = REASONS[to] ?? null;
        const visibility = to === 'submitted' ? 'applicant' : comment ? 'applicant' : 'internal';
        const next: Record<string, unknown> = {
          ...row,
          state: to,
          version: Number(row.version) + 1,
          updated_at: when,
          updated_by: ctx.actor.id,
        };
        if (to === 'submitted') next.submitted_at = when;
        if (to === 'approved') {
          next.approved_amount = `${Math.round((Number(requested) * (0.5 + rng.next() * 0.5)) / 10_000) * 10_000}.00`;
          next.project_no = `${p.call.year}${p.e.regionCode}${String(id).padStart(6, '0')}`;
          next.starts_on = `${p.call.year}-07-01`;
          next.ends_on = `${p.call.year + 3}-06-30`;
          next.midterm_due_on = `${p.call.year + 1}-12-31`;
        }
        if (to === 'recommended') {
          // 3 experts scored it while it was under county review.
          const chosen = new Set<number>();
          while (chosen.size < Math.min(3, experts.length)) chosen.add(experts[rng.int(0, experts.length - 1)].id);
          const assigned = new Date(when.getTime() - 6 * 86_400_000);
          ctx.audit.add(ctx.actor, {
            at: assigned,
            action: 'project.review.assign',
            objectType: 'project_application',
            objectId: id,
            regionCode: p.e.regionCode,
            details: { expertIds: [...chosen] },
          });
          for (const expertId of chosen) {
            const rid = ++reviewId;
            const base = {
              id: rid,
              region_code: p.e.regionCode,
              application_id: id,
              expert_id: expertId,
              status: 'assigned',
              scores: {},
              comment: null,
              submitted_at: null,
              created_at: assigned,
              created_by: ctx.actor.id,
              updated_at: assigned,
              updated_by: ctx.actor.id,
              version: 1,
            };
            const scoredAt = new Date(assigned.getTime() + rng.int(1, 4) * 86_400_000);
            const scores = Object.fromEntries(
              CRITERIA.map((c) => [c.key, String(Math.round(c.maxScore * (0.55 + rng.next() * 0.4)))]),
            );
            const done = {
              ...base,
              status: 'submitted',
              scores,
              comment: '同意推荐',
              submitted_at: scoredAt,
              updated_at: scoredAt,
              updated_by: expertId,
              version: 2,
            };
            ctx.audit.add(
              { id: expertId, name: `bench_expert`, ip: null },
              {
                at: scoredAt,
                action: 'project.review.submit',
                objectType: 'review_assignment',
                objectId: rid,
                regionCode: p.e.regionCode,
                before: base,
                after: done,
              },
            );
            reviews.push(done);
            counts.reviews++;
          }
        }
        transitions.push({
          id: ++transitionId,
          region_code: p.e.regionCode,
          application_id: id,
          from_state: from,
          to_state: to,
          at: when,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          on_behalf: false,
          comment,
          visibility,
        });
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'project.application.transition',
          objectType: 'project_application',
          objectId: id,
          regionCode: p.e.regionCode,
          before: row,
          after: next,
          details: { from, to, onBehalf: false, comment, visibility },
        });
        events.push({
          id: ++eventId,
          enterprise_id: p.e.id,
          region_code: p.e.regionCode,
          at: when,
          module: 'project',
          kind: `application-${to}`,
          title: `${title}：${label(from)} → ${label(to)}`,
          detail: visibility === 'applicant' ? comment : null,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          ref_type: 'project_application',
          ref_id: id,
        });
        row = next;
        counts.transitions++;
      }
      apps.push(row);
      if (p.pool) pool.push({ id, enterpriseId: p.e.id, version: Number(row.version) });
      if (apps.length >= 5_000) await flush();
      await ctx.audit.flushIfFull();
    }
    await flush();
    for (const t of ['project_application', 'project_transition', 'review_assignment', 'enterprise_event']) {
      await syncSequence(ctx.exec, t);
    }
    ctx.facts.applications = {
      pool: pool.length,
      applicantAccounts: accounts.length,
      openCallsPerCounty: scale.openCallsPerCounty,
    };
    return {
      rows: {
        project_call: callRows.length,
        project_application: planned.length,
        project_transition: counts.transitions,
        review_assignment: counts.reviews,
        app_user: experts.length + accounts.length,
        expert_profile: experts.length,
      },
    };
  },
};
