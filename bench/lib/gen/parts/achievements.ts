import {
  ACHIEVEMENT_ATTRIBUTES,
  ACHIEVEMENT_STAGES,
  ACHIEVEMENT_STATE_LABELS,
  evidenceRuleOf,
  EVIDENCE_KIND_LABELS,
  REGISTRATION_FLAGS,
  registrationNoProblem,
  type AchievementCategory,
  type AchievementMove,
  type AchievementState,
} from '@kechuang/domain';
import { cumulativeWeights, type Rng } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart } from '../context';
import { personName } from '../names';
import { EVENT_COLUMNS } from './enterprises';

const COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['name', 'text'],
  ['category', 'text'],
  ['enterprise_id', 'int4'],
  ['first_unit_name', 'text'],
  ['other_units', 'jsonb'],
  ['completers', 'jsonb'],
  ['research_start', 'text'],
  ['research_end', 'text'],
  ['attribute', 'text'],
  ['keywords', 'jsonb'],
  ['level', 'text'],
  ['stage', 'text'],
  ['evaluation', 'text'],
  ['intellectual_property', 'text'],
  ['abstract', 'text'],
  ['status', 'text'],
  ['submitted_at', 'timestamptz'],
  ['registration_no', 'text'],
  ['registered_on', 'date'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const TRANSITION_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['achievement_id', 'int4'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['at', 'timestamptz'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['on_behalf', 'bool'],
  ['comment', 'text'],
];
/** Evidence rows of the attachments kit: owner `achievement.record`, one slot per evidence kind. */
const FILE_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['owner_type', 'text'],
  ['owner_id', 'int4'],
  ['slot', 'text'],
  ['region_code', 'text'],
  ['file_name', 'text'],
  ['mime_type', 'text'],
  ['size_bytes', 'int4'],
  ['sha256', 'text'],
  ['storage_key', 'text'],
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];

const CATEGORIES: AchievementCategory[] = ['applied', 'basic', 'soft'];
const CATEGORY_CUM = cumulativeWeights([80, 8, 12]);
const FINAL: AchievementState[] = [
  'draft',
  'submitted',
  'county_review',
  'returned',
  'recommended',
  'registered',
  'revoked',
];
const FINAL_CUM = cumulativeWeights([8, 6, 5, 6, 5, 67, 3]);
const LEVELS = ['domestic_leading', 'domestic_advanced', 'provincial_leading', 'provincial_advanced'] as const;
const EVALUATIONS = ['appraisal', 'acceptance', 'evaluation', 'review'] as const;
const TOPICS = [
  '马铃薯',
  '中药材',
  '精细化工',
  '新材料',
  '装备制造',
  '食品加工',
  '节水灌溉',
  '畜牧养殖',
  '光伏',
  '物联网',
];
const METHODS = ['关键技术研究', '工艺优化', '集成示范', '产业化应用', '标准化生产技术', '智能控制系统'];
const RETURN_REASON = '证明材料不全，请补充后重新提交';
const REVOKE_REASON = '成果权属存在争议';

/** The moves from 草稿 to a final state, each one a row of ACHIEVEMENT_TRANSITIONS (some pass through 退回修改 once). */
function movesTo(state: AchievementState, rng: Rng): AchievementMove[] {
  const review: AchievementMove[] = rng.chance(0.2)
    ? ['submit', 'accept', 'return', 'submit', 'accept']
    : ['submit', 'accept'];
  switch (state) {
    case 'draft':
      return [];
    case 'submitted':
      return ['submit'];
    case 'county_review':
      return ['submit', 'accept'];
    case 'returned':
      return ['submit', 'accept', 'return'];
    case 'recommended':
      return [...review, 'recommend'];
    case 'registered':
      return [...review, 'recommend', 'register'];
    case 'revoked':
      return [...review, 'recommend', 'register', 'revoke'];
  }
}

const NEXT: Record<AchievementMove, AchievementState> = {
  submit: 'submitted',
  accept: 'county_review',
  return: 'returned',
  recommend: 'recommended',
  register: 'registered',
  revoke: 'revoked',
};
const ON_TIMELINE = new Set<AchievementState>(['submitted', 'returned', 'registered', 'revoked']);
const hex = (rng: Rng, n: number) => Array.from({ length: n }, () => rng.int(0, 15).toString(16)).join('');

/**
 * 科技成果登记 (about one per ten enterprises: ~10,000 at province scale), registered 2022–2024: each created as a
 * draft with the evidence its 类别 requires (file rows only: the benchmark never downloads them), then moved as the
 * routes move it — a history row, an audit row (before/after, version +1) and, for 提交/退回/登记/撤销, a timeline
 * entry per move. 登记号 follow docs/rules.md §4.4 (stand-in 地方代码 620, serial per year and type flag).
 */
export const achievementsPart: DataPart = {
  name: 'achievements',
  description: '科技成果登记 with evidence file rows, history, audit rows and timeline events',
  async pendingReason(ctx) {
    for (const t of ['achievement', 'attachment', 'achievement_transition']) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261207-0135-achievement)`;
    }
    return null;
  },
  async run(ctx) {
    const rng = ctx.rng.fork('achievements');
    const n = Math.max(1, Math.round(ctx.scale.enterprises / 10));
    const names = new Map(
      (await ctx.exec<{ id: number; name: string }>('select id, name from enterprise')).map((r) => [r.id, r.name]),
    );
    const maxOf = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    const firstId = await maxOf('achievement');
    let eventId = await maxOf('enterprise_event');
    let transitionId = await maxOf('achievement_transition');
    let fileId = await maxOf('attachment');
    const [firstTransition, firstFile] = [transitionId, fileId];
    const serials = new Map<string, number>();
    const rows: Record<string, unknown>[] = [];
    const transitions: Record<string, unknown>[] = [];
    const files: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    const flush = async () => {
      await bulkInsert(ctx.exec, 'achievement', COLUMNS, rows.splice(0));
      await bulkInsert(ctx.exec, 'achievement_transition', TRANSITION_COLUMNS, transitions.splice(0));
      await bulkInsert(ctx.exec, 'attachment', FILE_COLUMNS, files.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, events.splice(0));
      await ctx.audit.flush();
    };
    const history = (
      id: number,
      regionCode: string,
      from: string | null,
      to: string,
      when: Date,
      comment: string | null,
    ) =>
      transitions.push({
        id: ++transitionId,
        region_code: regionCode,
        achievement_id: id,
        from_state: from,
        to_state: to,
        at: when,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        on_behalf: false,
        comment,
      });

    for (let i = 0; i < n; i++) {
      const e = ctx.enterprises[rng.int(0, ctx.enterprises.length - 1)];
      const id = firstId + i + 1;
      const category = rng.weighted(CATEGORIES, CATEGORY_CUM);
      const year = rng.int(2022, 2024);
      const startYear = year - rng.int(1, 4);
      const evaluated = rng.chance(0.85);
      const topic = rng.pick(TOPICS);
      let when = at(`${year}-01-05`, rng.int(0, 200), i % 3_600);
      const row: Record<string, unknown> = {
        id,
        region_code: e.regionCode,
        name: `${topic}${rng.pick(METHODS)}（${id}）`,
        category,
        enterprise_id: e.id,
        first_unit_name: names.get(e.id) ?? `企业${e.id}`,
        other_units: [],
        completers: Array.from({ length: rng.int(1, 6) }, (_, k) => ({
          order: k + 1,
          name: personName(rng),
          unit: null,
          title: null,
        })),
        research_start: `${startYear}-${String(rng.int(1, 12)).padStart(2, '0')}`,
        research_end: `${year - 1}-12`,
        attribute: rng.pick(ACHIEVEMENT_ATTRIBUTES),
        keywords: [topic, rng.pick(METHODS).slice(0, 4)].slice(0, rng.int(1, 2)),
        level: evaluated ? rng.pick(LEVELS) : 'unevaluated',
        stage: rng.pick(ACHIEVEMENT_STAGES),
        evaluation: evaluated ? rng.pick(EVALUATIONS) : 'none',
        intellectual_property: rng.chance(0.4) ? `授权专利 ${rng.int(1, 5)} 项` : null,
        abstract: `围绕${topic}开展研究，形成可推广的技术成果，已在企业生产中应用。`,
        status: 'draft',
        submitted_at: null,
        registration_no: null,
        registered_on: null,
        created_at: when,
        created_by: ctx.actor.id,
        updated_at: when,
        updated_by: ctx.actor.id,
        version: 1,
      };
      ctx.audit.add(ctx.actor, {
        at: when,
        action: 'achievement.create',
        objectType: 'achievement',
        objectId: id,
        regionCode: e.regionCode,
        after: row,
      });
      history(id, e.regionCode, null, 'draft', when, null);
      for (const kind of evidenceRuleOf(category).required) {
        files.push({
          id: ++fileId,
          owner_type: 'achievement.record',
          owner_id: id,
          slot: kind,
          region_code: e.regionCode,
          file_name: `${EVIDENCE_KIND_LABELS[kind].replace(/（.*）/, '')}.pdf`,
          mime_type: 'application/pdf',
          size_bytes: rng.int(80_000, 2_000_000),
          sha256: hex(rng, 64),
          storage_key: `${hex(rng, 8)}-${hex(rng, 4)}-4${hex(rng, 3)}-8${hex(rng, 3)}-${hex(rng, 12)}`,
          created_at: when,
          created_by: ctx.actor.id,
          updated_at: when,
          updated_by: ctx.actor.id,
          version: 1,
        });
      }
      let current = row;
      for (const move of movesTo(rng.weighted(FINAL, FINAL_CUM), rng)) {
        when = new Date(when.getTime() + rng.int(2, 20) * 86_400_000);
        const from = current.status as AchievementState;
        const to = NEXT[move];
        const comment = move === 'return' ? RETURN_REASON : move === 'revoke' ? REVOKE_REASON : null;
        const next: Record<string, unknown> = {
          ...current,
          status: to,
          version: Number(current.version) + 1,
          updated_at: when,
        };
        if (to === 'submitted') next.submitted_at = when;
        if (to === 'registered') {
          const flag = REGISTRATION_FLAGS.find((f) => f.category === category)!.flag;
          const on = isoDate(when);
          const key = `${on.slice(0, 4)}${flag}`;
          const serial = (serials.get(key) ?? 0) + 1;
          serials.set(key, serial);
          const no = `620${key}${String(serial).padStart(4, '0')}`;
          const problem = registrationNoProblem(no, category, on);
          if (problem) throw new Error(`achievements part: ${problem}`);
          next.registration_no = no;
          next.registered_on = on;
        }
        history(id, e.regionCode, from, to, when, comment);
        ctx.audit.add(ctx.actor, {
          at: when,
          action: `achievement.${move}`,
          objectType: 'achievement',
          objectId: id,
          regionCode: e.regionCode,
          before: current,
          after: next,
          details: { from, to, onBehalf: false, comment },
        });
        if (ON_TIMELINE.has(to)) {
          events.push({
            id: ++eventId,
            enterprise_id: e.id,
            region_code: e.regionCode,
            at: when,
            module: 'achievement',
            kind: `achievement-${to}`,
            title: `科技成果登记“${String(row.name)}”：${ACHIEVEMENT_STATE_LABELS[to]}`,
            detail: to === 'registered' ? `登记号 ${String(next.registration_no)}` : comment,
            actor_id: ctx.actor.id,
            actor_name: ctx.actor.name,
            ref_type: 'achievement',
            ref_id: id,
          });
        }
        current = next;
      }
      rows.push(current);
      if (rows.length >= 5_000) await flush();
    }
    await flush();
    for (const t of ['achievement', 'achievement_transition', 'attachment', 'enterprise_event']) {
      await syncSequence(ctx.exec, t);
    }
    return {
      rows: {
        achievement: n,
        achievement_transition: transitionId - firstTransition,
        attachment: fileId - firstFile,
      },
    };
  },
};
