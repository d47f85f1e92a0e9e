import {
  GRADUATION_CRITERIA,
  INCUBATION_KINDS,
  TECH_PLATFORM_STATE_LABELS,
  findPlatformTransition,
  initialHistory,
  platformDateProblems,
  type TechPlatformState,
} from '@kechuang/domain';
import { cumulativeWeights, type Rng } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart, type EnterpriseRef } from '../context';
import { EVENT_COLUMNS } from './enterprises';

const TRACKED: Column[] = [
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['name', 'text'],
  ['kind', 'text'],
  ['level', 'text'],
  ['status', 'text'],
  ['status_reason', 'text'],
  ['enterprise_id', 'int4'],
  ['operator_name', 'text'],
  ['field', 'text'],
  ['industry', 'text'],
  ['address', 'text'],
  ['site_area', 'numeric'],
  ['staff_count', 'int4'],
  ['preparing_from', 'date'],
  ['established_on', 'date'],
  ['recognized_on', 'date'],
  ['document_no', 'text'],
  ['remark', 'text'],
  ...TRACKED,
];
const MEMBER_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['platform_id', 'int4'],
  ['region_code', 'text'],
  ['enterprise_id', 'int4'],
  ['name', 'text'],
  ['created_at', 'timestamptz'],
];
const INCUBATEE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['platform_id', 'int4'],
  ['region_code', 'text'],
  ['enterprise_id', 'int4'],
  ['entered_on', 'date'],
  ['graduated_on', 'date'],
  ['criterion', 'text'],
  ['basis', 'text'],
  ...TRACKED,
];
const HISTORY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['platform_id', 'int4'],
  ['region_code', 'text'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['on_date', 'date'],
  ['reason', 'text'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['at', 'timestamptz'],
];

// Kinds (the migration's dictionary values) by how common they are in a province; levels likewise.
const KINDS = [
  'incubator',
  'makerspace',
  'star_space',
  'rd_center',
  'key_lab',
  'new_rd_institute',
  'alliance',
  'talent_base',
  'popsci_base',
  'tech_transfer',
] as const;
const KIND_CUM = cumulativeWeights([8, 14, 10, 30, 10, 4, 5, 5, 10, 4]);
const LEVELS = ['national', 'provincial', 'city', 'county'] as const;
const LEVEL_CUM = cumulativeWeights([4, 30, 40, 26]);
const FINAL = ['preparing', 'building', 'recognized', 'delisted', 'revoked'] as const;
const FINAL_CUM = cumulativeWeights([10, 12, 62, 10, 6]);
const KIND_NAMES: Record<(typeof KINDS)[number], string> = {
  incubator: '科技企业孵化器',
  makerspace: '众创空间',
  star_space: '星创天地',
  rd_center: '工程技术研究中心',
  key_lab: '重点实验室',
  new_rd_institute: '新型研发机构',
  alliance: '产业技术创新联盟',
  talent_base: '引智基地',
  popsci_base: '科普基地',
  tech_transfer: '技术转移中心',
};
const TOPICS = ['马铃薯', '中药材', '新材料', '装备制造', '食品加工', '电子信息', '生物医药', '现代农业', '节能环保'];
const INSTITUTIONS = ['省农业科学院', '兰州大学', '兰州理工大学', '甘肃农业大学', '市农业科学研究院', '县科技服务中心'];
const REASONS: Partial<Record<TechPlatformState, string>> = {
  delisted: '连续两年评价不合格',
  revoked: '运营主体注销，撤销认定',
};

/** The registered status and the moves (each a row of TECH_PLATFORM_TRANSITIONS) that reach a final status. */
function pathTo(final: (typeof FINAL)[number], rng: Rng): { start: TechPlatformState; moves: TechPlatformState[] } {
  switch (final) {
    case 'preparing':
      return { start: 'preparing', moves: [] };
    case 'building':
      return rng.chance(0.5) ? { start: 'preparing', moves: ['building'] } : { start: 'building', moves: [] };
    case 'recognized':
      return rng.chance(0.7)
        ? { start: 'recognized', moves: [] }
        : { start: 'preparing', moves: ['building', 'recognized'] };
    case 'delisted':
      return { start: 'recognized', moves: ['delisted'] };
    case 'revoked':
      return rng.chance(0.5) ? { start: 'preparing', moves: ['revoked'] } : { start: 'recognized', moves: ['revoked'] };
  }
}

const addDays = (d: string, n: number) => isoDate(new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000));

/**
 * 创新平台 at province scale (one per ~33 enterprises: ~3,000): kinds and levels weighted as a province has them,
 * each registered as its dates say (筹备 / 建设中 / 已认定, history from initialHistory) and moved along the domain's
 * transition table (摘牌/撤销 with a reason), with an audit row per create and move; alliances with 3–8 member
 * enterprises of their county and an institution; incubators, 众创空间 and 星创天地 with 3–12 incubatees of their
 * county, a fifth graduated on stated financing evidence; timeline events for operators, members and incubatees.
 */
export const techPlatformsPart: DataPart = {
  name: 'tech-platforms',
  description: '创新平台 with history, alliance members, incubatees, audit rows and timeline events',
  async pendingReason(ctx) {
    for (const t of ['tech_platform', 'tech_platform_member', 'tech_platform_incubatee', 'tech_platform_history']) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261207-0140-tech-platforms)`;
    }
    return null;
  },
  async run(ctx) {
    const rng = ctx.rng.fork('tech-platforms');
    const n = Math.max(1, Math.round(ctx.scale.enterprises / 33));
    const names = new Map(
      (await ctx.exec<{ id: number; name: string }>('select id, name from enterprise')).map((r) => [r.id, r.name]),
    );
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ctx.enterprises) byCounty.set(e.regionCode, [...(byCounty.get(e.regionCode) ?? []), e]);
    const maxOf = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    const firstId = await maxOf('tech_platform');
    const ids = {
      event: await maxOf('enterprise_event'),
      member: await maxOf('tech_platform_member'),
      incubatee: await maxOf('tech_platform_incubatee'),
      history: await maxOf('tech_platform_history'),
    };
    const first = { ...ids };
    const rows: Record<string, unknown>[] = [];
    const members: Record<string, unknown>[] = [];
    const incubatees: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    const flush = async () => {
      await bulkInsert(ctx.exec, 'tech_platform', COLUMNS, rows.splice(0));
      await bulkInsert(ctx.exec, 'tech_platform_member', MEMBER_COLUMNS, members.splice(0));
      await bulkInsert(ctx.exec, 'tech_platform_incubatee', INCUBATEE_COLUMNS, incubatees.splice(0));
      await bulkInsert(ctx.exec, 'tech_platform_history', HISTORY_COLUMNS, history.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, events.splice(0));
      await ctx.audit.flush();
    };
    const event = (enterpriseId: number, regionCode: string, when: Date, kind: string, title: string, id: number) =>
      events.push({
        id: ++ids.event,
        enterprise_id: enterpriseId,
        region_code: regionCode,
        at: when,
        module: 'tech-platform',
        kind,
        title: title.slice(0, 200),
        detail: null,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        ref_type: 'tech_platform',
        ref_id: id,
      });

    for (let i = 0; i < n; i++) {
      const id = firstId + i + 1;
      const kind = rng.weighted(KINDS, KIND_CUM);
      const operator = ctx.enterprises[rng.int(0, ctx.enterprises.length - 1)];
      const inRegister = rng.chance(0.8);
      const region = operator.regionCode;
      const { start, moves } = pathTo(rng.weighted(FINAL, FINAL_CUM), rng);
      // Dates as the status needs them (platformDateProblems), in order, 2010–2024.
      const prep = isoDate(at('2010-01-01', rng.int(0, 13 * 365)));
      const established = addDays(prep, rng.int(60, 400));
      const recognized = addDays(established, rng.int(180, 900));
      const dates = {
        status: start,
        preparingFrom: start === 'preparing' || rng.chance(0.4) ? prep : null,
        establishedOn: start !== 'preparing' ? established : null,
        recognizedOn: start === 'recognized' ? recognized : null,
        documentNo: start === 'recognized' ? `科发〔${recognized.slice(0, 4)}〕${rng.int(1, 120)}号` : null,
      };
      const problem = platformDateProblems(dates)[0];
      if (problem) throw new Error(`tech-platforms part: ${problem.message}`);
      const topic = rng.pick(TOPICS);
      const level = rng.weighted(LEVELS, LEVEL_CUM);
      const created = at(dates.preparingFrom ?? dates.establishedOn ?? recognized, 0, i % 3_600);
      let row: Record<string, unknown> = {
        id,
        region_code: region,
        name: `${topic}${KIND_NAMES[kind]}（${id}）`,
        kind,
        level,
        status: start,
        status_reason: null,
        enterprise_id: inRegister ? operator.id : null,
        operator_name: inRegister ? null : rng.pick(INSTITUTIONS),
        field: topic,
        industry: `${topic}产业`,
        address: null,
        site_area: INCUBATION_KINDS.includes(kind) ? `${rng.int(800, 30_000)}.00` : null,
        staff_count: rng.int(3, 200),
        preparing_from: dates.preparingFrom,
        established_on: dates.establishedOn,
        recognized_on: dates.recognizedOn,
        document_no: dates.documentNo,
        remark: null,
        created_at: created,
        created_by: ctx.actor.id,
        updated_at: created,
        updated_by: ctx.actor.id,
        version: 1,
      };
      const platformMembers: { enterprise_id: number | null; name: string }[] = [];
      if (kind === 'alliance') {
        const county = byCounty.get(region) ?? [operator];
        const picked = new Set<number>();
        for (let k = rng.int(3, 8); k > 0; k--) picked.add(county[rng.int(0, county.length - 1)].id);
        for (const eid of picked) platformMembers.push({ enterprise_id: eid, name: names.get(eid) ?? `企业${eid}` });
        platformMembers.push({ enterprise_id: null, name: rng.pick(INSTITUTIONS) });
        for (const m of platformMembers) {
          members.push({ id: ++ids.member, platform_id: id, region_code: region, ...m, created_at: created });
        }
      }
      ctx.audit.add(ctx.actor, {
        at: created,
        action: 'tech-platform.create',
        objectType: 'tech_platform',
        objectId: id,
        regionCode: region,
        after: { ...row, members: platformMembers },
      });
      for (const h of initialHistory(dates)) {
        history.push({
          id: ++ids.history,
          platform_id: id,
          region_code: region,
          from_state: h.from,
          to_state: h.to,
          on_date: h.on,
          reason: null,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          at: created,
        });
      }
      const involved = [row.enterprise_id as number | null, ...platformMembers.map((m) => m.enterprise_id)];
      for (const eid of new Set(involved.filter((x): x is number => !!x))) {
        event(eid, region, created, 'platform-created', `登记创新平台：${String(row.name)}`, id);
      }
      let state = start;
      let day = String(row.recognized_on ?? row.established_on ?? row.preparing_from);
      for (const to of moves) {
        const t = findPlatformTransition(state, to);
        if (!t) throw new Error(`tech-platforms part: no move ${state} → ${to}`);
        day = addDays(day, rng.int(60, 700));
        const when = at(day, 0, i % 3_600);
        const reason = t.reasonRequired ? REASONS[to]! : null;
        const next: Record<string, unknown> = {
          ...row,
          status: to,
          status_reason: reason,
          version: Number(row.version) + 1,
          updated_at: when,
        };
        if (to === 'building' && !next.established_on) next.established_on = day;
        if (to === 'recognized') {
          next.recognized_on = day;
          next.document_no = `科发〔${day.slice(0, 4)}〕${rng.int(1, 120)}号`;
        }
        history.push({
          id: ++ids.history,
          platform_id: id,
          region_code: region,
          from_state: state,
          to_state: to,
          on_date: day,
          reason,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          at: when,
        });
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'tech-platform.transition',
          objectType: 'tech_platform',
          objectId: id,
          regionCode: region,
          before: row,
          after: next,
          details: { from: state, to, on: day, reason },
        });
        const label = TECH_PLATFORM_STATE_LABELS;
        for (const eid of new Set(involved.filter((x): x is number => !!x))) {
          event(eid, region, when, `platform-${to}`, `${String(row.name)}：${label[state]} → ${label[to]}`, id);
        }
        row = next;
        state = to;
      }
      if (INCUBATION_KINDS.includes(kind) && row.recognized_on) {
        const county = byCounty.get(region) ?? [];
        const picked = new Set<number>();
        for (let k = rng.int(3, 12); k > 0 && county.length; k--) picked.add(county[rng.int(0, county.length - 1)].id);
        for (const eid of picked) {
          const entered = addDays(String(row.recognized_on), rng.int(0, 900));
          if (entered > '2025-12-31') continue;
          const graduated = rng.chance(0.2) ? addDays(entered, rng.int(365, 1500)) : null;
          const when = at(entered, 0, i % 3_600);
          incubatees.push({
            id: ++ids.incubatee,
            platform_id: id,
            region_code: region,
            enterprise_id: eid,
            entered_on: entered,
            graduated_on: graduated,
            // Graduated on stated financing above the threshold (GRADUATION_CRITERIA), with its evidence.
            criterion: graduated ? 'financing' : null,
            basis: graduated
              ? `融资 ${rng.int(501, 3000)} 万元；证明材料：投资协议（${GRADUATION_CRITERIA[1].label}）`
              : null,
            created_at: when,
            created_by: ctx.actor.id,
            updated_at: when,
            updated_by: ctx.actor.id,
            version: graduated ? 2 : 1,
          });
          event(eid, region, when, 'incubation-entered', `入驻${KIND_NAMES[kind]}：${String(row.name)}`, id);
          if (graduated) {
            event(eid, region, at(graduated, 0), 'incubation-graduated', `从${String(row.name)}毕业`, id);
          }
        }
      }
      rows.push(row);
      if (rows.length >= 2_000) await flush();
    }
    await flush();
    for (const t of ['tech_platform', 'tech_platform_member', 'tech_platform_incubatee', 'tech_platform_history']) {
      await syncSequence(ctx.exec, t);
    }
    await syncSequence(ctx.exec, 'enterprise_event');
    return {
      rows: {
        tech_platform: n,
        tech_platform_member: ids.member - first.member,
        tech_platform_incubatee: ids.incubatee - first.incubatee,
        tech_platform_history: ids.history - first.history,
      },
    };
  },
};
