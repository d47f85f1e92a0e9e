import {
  AGREEMENT_STATE_LABELS,
  COOP_PROJECT_STATE_LABELS,
  findCoopTransition,
  AGREEMENT_MACHINE,
  COOP_PROJECT_MACHINE,
  type AgreementState,
  type CoopProjectState,
} from '@kechuang/domain';
import { cumulativeWeights, type Rng } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart, type EnterpriseRef, type GenContext } from '../context';
import { EVENT_COLUMNS } from './enterprises';

const TRACKED: Column[] = [
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const PARTNER_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['name', 'text'],
  ['kind', 'text'],
  ['province', 'text'],
  ['city', 'text'],
  ['address', 'text'],
  ['contact_name', 'text'],
  ['contact_phone', 'text'],
  ['remark', 'text'],
  ...TRACKED,
];
const AGREEMENT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['title', 'text'],
  ['type', 'text'],
  ['gov_party', 'text'],
  ['enterprise_id', 'int4'],
  ['partner_id', 'int4'],
  ['signed_on', 'date'],
  ['end_on', 'date'],
  ['scope', 'text'],
  ['status', 'text'],
  ['ended_on', 'date'],
  ['end_reason', 'text'],
  ['remark', 'text'],
  ...TRACKED,
];
const PROJECT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['name', 'text'],
  ['enterprise_id', 'int4'],
  ['partner_id', 'int4'],
  ['agreement_id', 'int4'],
  ['field', 'text'],
  ['start_on', 'date'],
  ['end_on', 'date'],
  ['enterprise_amount', 'numeric'],
  ['partner_amount', 'numeric'],
  ['government_amount', 'numeric'],
  ['content', 'text'],
  ['status', 'text'],
  ['ended_on', 'date'],
  ['end_reason', 'text'],
  ['remark', 'text'],
  ...TRACKED,
];
const MILESTONE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['project_id', 'int4'],
  ['region_code', 'text'],
  ['title', 'text'],
  ['planned_on', 'date'],
  ['actual_on', 'date'],
  ['done', 'bool'],
  ['note', 'text'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
];
const OUTPUT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['project_id', 'int4'],
  ['region_code', 'text'],
  ['kind', 'text'],
  ['title', 'text'],
  ['count', 'int4'],
  ['achieved_on', 'date'],
  ['achievement_id', 'int4'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
];
const HISTORY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['subject', 'text'],
  ['subject_id', 'int4'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['at', 'timestamptz'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['reason', 'text'],
];

/** Institutions a Gansu county works with (kinds are the migration's dictionary values). */
const INSTITUTIONS: [name: string, kind: string, province: string, city: string][] = [
  ['甘肃农业大学', 'university', '甘肃省', '兰州市'],
  ['兰州大学', 'university', '甘肃省', '兰州市'],
  ['兰州理工大学', 'university', '甘肃省', '兰州市'],
  ['西北师范大学', 'university', '甘肃省', '兰州市'],
  ['兰州交通大学', 'university', '甘肃省', '兰州市'],
  ['甘肃中医药大学', 'university', '甘肃省', '兰州市'],
  ['西北农林科技大学', 'university', '陕西省', '咸阳市'],
  ['甘肃省农业科学院', 'institute', '甘肃省', '兰州市'],
  ['中国科学院兰州化学物理研究所', 'institute', '甘肃省', '兰州市'],
  ['甘肃省科学院', 'institute', '甘肃省', '兰州市'],
  ['市农业科学研究院', 'institute', '甘肃省', '定西市'],
  ['省生产力促进中心', 'platform', '甘肃省', '兰州市'],
  ['无锡新材料科技有限公司', 'enterprise', '江苏省', '无锡市'],
  ['杭州智能装备有限公司', 'enterprise', '浙江省', '杭州市'],
];
const FIELDS = [
  'chinese_medicine',
  'agriculture_livestock',
  'smart_agriculture',
  'equipment',
  'energy_chemical',
  'medicine_food',
  'new_materials',
  'other',
] as const;
const FIELD_CUM = cumulativeWeights([16, 18, 10, 14, 8, 14, 10, 10]);
const TOPICS: Record<(typeof FIELDS)[number], string> = {
  chinese_medicine: '道地中药材',
  agriculture_livestock: '农牧循环',
  smart_agriculture: '农业智能化',
  equipment: '装备智能化改造',
  energy_chemical: '化工节能',
  medicine_food: '马铃薯食品加工',
  new_materials: '新型材料',
  other: '技术服务',
};
const OUTPUT_KINDS = ['patent', 'new_product', 'standard', 'paper', 'talent'] as const;
const OUTPUT_CUM = cumulativeWeights([30, 20, 8, 22, 20]);
const PROJECT_FINAL = ['signed', 'in_progress', 'concluded', 'terminated'] as const;
const PROJECT_FINAL_CUM = cumulativeWeights([8, 42, 44, 6]);
const AGREEMENT_FINAL = ['signed', 'executing', 'expired', 'terminated'] as const;
const AGREEMENT_FINAL_CUM = cumulativeWeights([10, 55, 30, 5]);

const addDays = (d: string, n: number) => isoDate(new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000));
const money = (rng: Rng, lo: number, hi: number) => `${rng.int(lo, hi) * 1000}.00`;

/** The moves (rows of the domain's transition tables) from 签订/签约 to a final state. */
const agreementMoves = (final: AgreementState): AgreementState[] =>
  final === 'signed' ? [] : final === 'executing' ? ['executing'] : ['executing', final];
const projectMoves = (final: CoopProjectState): CoopProjectState[] =>
  final === 'signed' ? [] : final === 'in_progress' ? ['in_progress'] : ['in_progress', final];

/**
 * 院地院企合作 at province scale: each county's partner register (universities, institutes, outside enterprises),
 * one agreement per ~100 enterprises and one cooperation project per ~20 (~5,000 at province scale), each moved
 * along the domain's transition tables (终止 with a reason) with history rows, an audit row per create and move,
 * timeline events for the enterprise; 2–4 milestones per project, outputs of the running and ended ones.
 */
export const cooperationPart: DataPart = {
  name: 'cooperation',
  description: '院地院企合作: partners, agreements and projects with milestones, outputs, history, audit and timeline',
  async pendingReason(ctx) {
    for (const t of ['cooperation_partner', 'cooperation_agreement', 'cooperation_project', 'cooperation_history']) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261207-0135-cooperation)`;
    }
    return null;
  },
  async run(ctx: GenContext) {
    const rng = ctx.rng.fork('cooperation');
    const maxOf = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    const ids = {
      partner: await maxOf('cooperation_partner'),
      agreement: await maxOf('cooperation_agreement'),
      project: await maxOf('cooperation_project'),
      milestone: await maxOf('cooperation_milestone'),
      output: await maxOf('cooperation_output'),
      history: await maxOf('cooperation_history'),
      event: await maxOf('enterprise_event'),
    };
    const first = { ...ids };
    const buf = {
      partners: [] as Record<string, unknown>[],
      agreements: [] as Record<string, unknown>[],
      projects: [] as Record<string, unknown>[],
      milestones: [] as Record<string, unknown>[],
      outputs: [] as Record<string, unknown>[],
      history: [] as Record<string, unknown>[],
      events: [] as Record<string, unknown>[],
    };
    const flush = async () => {
      await bulkInsert(ctx.exec, 'cooperation_partner', PARTNER_COLUMNS, buf.partners.splice(0));
      await bulkInsert(ctx.exec, 'cooperation_agreement', AGREEMENT_COLUMNS, buf.agreements.splice(0));
      await bulkInsert(ctx.exec, 'cooperation_project', PROJECT_COLUMNS, buf.projects.splice(0));
      await bulkInsert(ctx.exec, 'cooperation_milestone', MILESTONE_COLUMNS, buf.milestones.splice(0));
      await bulkInsert(ctx.exec, 'cooperation_output', OUTPUT_COLUMNS, buf.outputs.splice(0));
      await bulkInsert(ctx.exec, 'cooperation_history', HISTORY_COLUMNS, buf.history.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, buf.events.splice(0));
      await ctx.audit.flush();
    };
    const history = (
      subject: string,
      id: number,
      region: string,
      from: string | null,
      to: string,
      when: Date,
      reason: string | null,
    ) =>
      buf.history.push({
        id: ++ids.history,
        region_code: region,
        subject,
        subject_id: id,
        from_state: from,
        to_state: to,
        at: when,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        reason,
      });
    const event = (e: EnterpriseRef, when: Date, kind: string, title: string, refType: string, refId: number) =>
      buf.events.push({
        id: ++ids.event,
        enterprise_id: e.id,
        region_code: e.regionCode,
        at: when,
        module: 'cooperation',
        kind,
        title: title.slice(0, 200),
        detail: null,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        ref_type: refType,
        ref_id: refId,
      });

    // Each county registers the institutions it works with (5–10 of them), unique by name in the county.
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ctx.enterprises) byCounty.set(e.regionCode, [...(byCounty.get(e.regionCode) ?? []), e]);
    const partnersOf = new Map<string, { id: number; name: string }[]>();
    for (const county of byCounty.keys()) {
      const picked = new Set<number>();
      for (let k = rng.int(5, 10); k > 0; k--) picked.add(rng.int(0, INSTITUTIONS.length - 1));
      const list: { id: number; name: string }[] = [];
      for (const i of picked) {
        const [name, kind, province, city] = INSTITUTIONS[i];
        const id = ++ids.partner;
        const created = at('2015-01-01', rng.int(0, 2_500));
        const row = {
          id,
          region_code: county,
          name,
          kind,
          province,
          city,
          address: null,
          contact_name: `${rng.pick(['王', '李', '张', '刘', '陈', '杨'])}老师`,
          contact_phone: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
          remark: null,
          created_at: created,
          created_by: ctx.actor.id,
          updated_at: created,
          updated_by: ctx.actor.id,
          version: 1,
        };
        buf.partners.push(row);
        ctx.audit.add(ctx.actor, {
          at: created,
          action: 'cooperation.partner.create',
          objectType: 'cooperation_partner',
          objectId: id,
          regionCode: county,
          after: row,
        });
        list.push({ id, name });
      }
      partnersOf.set(county, list);
    }

    // Agreements: the county government or bureau with a partner, a third with an enterprise of the county too.
    const nAgreements = Math.max(1, Math.round(ctx.scale.enterprises / 100));
    for (let i = 0; i < nAgreements; i++) {
      const e = ctx.enterprises[rng.int(0, ctx.enterprises.length - 1)];
      const partner = rng.pick(partnersOf.get(e.regionCode)!);
      const withEnterprise = rng.chance(0.35);
      const id = ++ids.agreement;
      const signed = isoDate(at('2016-01-01', rng.int(0, 9 * 365)));
      const end = addDays(signed, rng.int(2, 5) * 365 - 1);
      const created = at(signed, 0, i % 3_600);
      let row: Record<string, unknown> = {
        id,
        region_code: e.regionCode,
        title: `与${partner.name}${withEnterprise ? '及本县企业' : ''}战略合作协议（${id}）`,
        type: rng.chance(0.6) ? 'strategic' : rng.pick(['technology', 'joint_platform', 'talent']),
        gov_party: rng.chance(0.6) ? 'county_government' : 'bureau',
        enterprise_id: withEnterprise ? e.id : null,
        partner_id: partner.id,
        signed_on: signed,
        end_on: end,
        scope: '联合研发、成果转化与人才交流',
        status: 'signed',
        ended_on: null,
        end_reason: null,
        remark: null,
        created_at: created,
        created_by: ctx.actor.id,
        updated_at: created,
        updated_by: ctx.actor.id,
        version: 1,
      };
      ctx.audit.add(ctx.actor, {
        at: created,
        action: 'cooperation.agreement.create',
        objectType: 'cooperation_agreement',
        objectId: id,
        regionCode: e.regionCode,
        after: row,
      });
      history('agreement', id, e.regionCode, null, 'signed', created, null);
      if (withEnterprise) {
        event(e, created, 'agreement-signed', `签订合作协议：${String(row.title)}`, 'cooperation_agreement', id);
      }
      let state: AgreementState = 'signed';
      let day = signed;
      for (const to of agreementMoves(rng.weighted(AGREEMENT_FINAL, AGREEMENT_FINAL_CUM))) {
        const t = findCoopTransition(AGREEMENT_MACHINE, state, to);
        if (!t) throw new Error(`cooperation part: no agreement move ${state} → ${to}`);
        day =
          to === 'expired' ? end : to === 'terminated' ? addDays(day, rng.int(30, 500)) : addDays(day, rng.int(1, 30));
        const when = at(day, 0, i % 3_600);
        const reason = t.reasonRequired ? '合作方经营调整，双方协商终止' : null;
        const next = {
          ...row,
          status: to,
          version: Number(row.version) + 1,
          updated_at: when,
          ...(to === 'expired' || to === 'terminated' ? { ended_on: day, end_reason: reason } : {}),
        };
        history('agreement', id, e.regionCode, state, to, when, reason);
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'cooperation.agreement.transition',
          objectType: 'cooperation_agreement',
          objectId: id,
          regionCode: e.regionCode,
          before: row,
          after: next,
          details: { from: state, to, reason, on: day },
        });
        if (withEnterprise) {
          event(
            e,
            when,
            `agreement-${to}`,
            `合作协议${AGREEMENT_STATE_LABELS[to]}：${String(row.title)}`,
            'cooperation_agreement',
            id,
          );
        }
        row = next;
        state = to;
      }
      buf.agreements.push(row);
    }
    await flush();

    // Projects: an enterprise with one of its county's partners, money by party, milestones and outputs.
    const n = Math.max(1, Math.round(ctx.scale.enterprises / 20));
    for (let i = 0; i < n; i++) {
      const e = ctx.enterprises[rng.int(0, ctx.enterprises.length - 1)];
      const partner = rng.pick(partnersOf.get(e.regionCode)!);
      const field = rng.weighted(FIELDS, FIELD_CUM);
      const id = ++ids.project;
      const start = isoDate(at('2017-01-01', rng.int(0, 8 * 365)));
      const end = addDays(start, rng.int(1, 3) * 365);
      const created = at(start, 0, i % 3_600);
      let row: Record<string, unknown> = {
        id,
        region_code: e.regionCode,
        name: `${TOPICS[field]}关键技术合作研究（${id}）`,
        enterprise_id: e.id,
        partner_id: partner.id,
        agreement_id: null,
        field,
        start_on: start,
        end_on: end,
        enterprise_amount: money(rng, 50, 2_000),
        partner_amount: rng.chance(0.7) ? money(rng, 10, 500) : null,
        government_amount: rng.chance(0.3) ? money(rng, 20, 300) : null,
        content: `${TOPICS[field]}方面联合研发与成果转化`,
        status: 'signed',
        ended_on: null,
        end_reason: null,
        remark: null,
        created_at: created,
        created_by: ctx.actor.id,
        updated_at: created,
        updated_by: ctx.actor.id,
        version: 1,
      };
      ctx.audit.add(ctx.actor, {
        at: created,
        action: 'cooperation.project.create',
        objectType: 'cooperation_project',
        objectId: id,
        regionCode: e.regionCode,
        after: row,
      });
      history('project', id, e.regionCode, null, 'signed', created, null);
      event(e, created, 'project-signed', `签订合作项目：${String(row.name)}`, 'cooperation_project', id);
      let state: CoopProjectState = 'signed';
      let day = start;
      for (const to of projectMoves(rng.weighted(PROJECT_FINAL, PROJECT_FINAL_CUM))) {
        const t = findCoopTransition(COOP_PROJECT_MACHINE, state, to);
        if (!t) throw new Error(`cooperation part: no project move ${state} → ${to}`);
        day =
          to === 'concluded'
            ? end
            : to === 'terminated'
              ? addDays(day, rng.int(60, 300))
              : addDays(day, rng.int(1, 20));
        const when = at(day, 0, i % 3_600);
        const reason = t.reasonRequired ? '企业转产，项目终止' : null;
        const next = {
          ...row,
          status: to,
          version: Number(row.version) + 1,
          updated_at: when,
          ...(to === 'concluded' || to === 'terminated' ? { ended_on: day, end_reason: reason } : {}),
        };
        history('project', id, e.regionCode, state, to, when, reason);
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'cooperation.project.transition',
          objectType: 'cooperation_project',
          objectId: id,
          regionCode: e.regionCode,
          before: row,
          after: next,
          details: { from: state, to, reason, on: day },
        });
        event(
          e,
          when,
          to === 'in_progress' ? 'project-started' : 'project-ended',
          `合作项目${COOP_PROJECT_STATE_LABELS[to]}：${String(row.name)}`,
          'cooperation_project',
          id,
        );
        row = next;
        state = to;
      }
      const milestones = rng.int(2, 4);
      for (let k = 0; k < milestones; k++) {
        const planned = addDays(
          start,
          Math.round(((k + 1) * (Date.parse(end) - Date.parse(start))) / 86_400_000 / (milestones + 1)),
        );
        const done = state === 'concluded' || (state === 'in_progress' && planned < '2025-06-30' && rng.chance(0.7));
        buf.milestones.push({
          id: ++ids.milestone,
          project_id: id,
          region_code: e.regionCode,
          title: `第${k + 1}阶段任务`,
          planned_on: planned,
          actual_on: done ? addDays(planned, rng.int(-20, 40)) : null,
          done,
          note: null,
          updated_at: created,
          updated_by: ctx.actor.id,
        });
      }
      if (state === 'in_progress' || state === 'concluded') {
        for (let k = rng.int(0, 3); k > 0; k--) {
          const kind = rng.weighted(OUTPUT_KINDS, OUTPUT_CUM);
          const achieved = addDays(start, rng.int(120, 900));
          const when = at(achieved, 0, i % 3_600);
          const out = {
            id: ++ids.output,
            project_id: id,
            region_code: e.regionCode,
            kind,
            title: `${TOPICS[field]}成果（${ids.output}）`,
            count: kind === 'talent' ? rng.int(2, 15) : 1,
            achieved_on: achieved,
            achievement_id: null,
            created_at: when,
            created_by: ctx.actor.id,
          };
          buf.outputs.push(out);
          ctx.audit.add(ctx.actor, {
            at: when,
            action: 'cooperation.output.create',
            objectType: 'cooperation_project',
            objectId: id,
            regionCode: e.regionCode,
            after: out,
          });
        }
      }
      buf.projects.push(row);
      if (buf.projects.length >= 2_000) await flush();
    }
    await flush();
    for (const t of [
      'cooperation_partner',
      'cooperation_agreement',
      'cooperation_project',
      'cooperation_milestone',
      'cooperation_output',
      'cooperation_history',
      'enterprise_event',
    ]) {
      await syncSequence(ctx.exec, t);
    }
    return {
      rows: {
        cooperation_partner: ids.partner - first.partner,
        cooperation_agreement: ids.agreement - first.agreement,
        cooperation_project: ids.project - first.project,
        cooperation_milestone: ids.milestone - first.milestone,
        cooperation_output: ids.output - first.output,
        cooperation_history: ids.history - first.history,
      },
    };
  },
};
