import {
  COMMISSIONER_FIELDS,
  checkEligibility,
  commissionerMovesFrom,
  idNumberCheckChar,
  type CommissionerState,
  type CommissionerTransition,
} from '@kechuang/domain';
import { cumulativeWeights } from '../../prng';
import { personalData } from '../../product';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, isoDate, type DataPart } from '../context';
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
  ['gender', 'text'],
  ['birth_date', 'date'],
  ['id_number_sealed', 'text'],
  ['id_number_digest', 'text'],
  ['phone', 'text'],
  ['education', 'text'],
  ['title', 'text'],
  ['title_level', 'text'],
  ['speciality', 'text'],
  ['field', 'text'],
  ['unit_name', 'text'],
  ['unit_kind', 'text'],
  ['level', 'text'],
  ['batch', 'text'],
  ['term_start', 'date'],
  ['term_end', 'date'],
  ['status', 'text'],
  ['status_reason', 'text'],
  ['appointed_on', 'date'],
  ...TRACKED,
];
const HISTORY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['commissioner_id', 'int4'],
  ['region_code', 'text'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['on_date', 'date'],
  ['reason', 'text'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['at', 'timestamptz'],
];
const AGREEMENT_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['commissioner_id', 'int4'],
  ['region_code', 'text'],
  ['enterprise_id', 'int4'],
  ['object_name', 'text'],
  ['object_kind', 'text'],
  ['service_days', 'int4'],
  ['tasks', 'text'],
  ['start_on', 'date'],
  ['end_on', 'date'],
  ...TRACKED,
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐';
const GIVEN = [
  '建国',
  '立新',
  '秀兰',
  '海燕',
  '志刚',
  '春华',
  '国栋',
  '晓梅',
  '永福',
  '丽娟',
  '文斌',
  '红霞',
  '永强',
  '建军',
];
const LEVELS = ['province', 'city', 'county'] as const;
const LEVEL_CUM = cumulativeWeights([15, 35, 50]);
const UNIT_KINDS = ['高校', '科研院所', '企业', '事业单位'] as const;
const UNIT_CUM = cumulativeWeights([20, 25, 20, 35]);
const UNITS: Record<(typeof UNIT_KINDS)[number], string[]> = {
  高校: ['甘肃农业大学', '兰州大学', '兰州理工大学', '河西学院'],
  科研院所: ['甘肃省农业科学院', '市农业科学研究院', '市畜牧兽医研究所'],
  企业: ['农业科技有限公司', '种业有限公司', '食品有限公司'],
  事业单位: ['县农业技术推广中心', '县畜牧兽医中心', '县林业和草原服务中心'],
};
const TITLES = [
  ['正高', '研究员'],
  ['副高', '高级农艺师'],
  ['中级', '农艺师'],
  ['初级', '助理农艺师'],
] as const;
const FINAL = ['applied', 'reviewed', 'publicised', 'appointed', 'expired', 'dismissed'] as const;
const FINAL_CUM = cumulativeWeights([6, 4, 3, 55, 28, 4]);
// The seeded level rules (migration 20261207-0449-commissioner), docs/rules.md §5.1.
const RULES = {
  province: { maxAge: 58, min: 1, years: 2, batch: (y: number) => `第${y - 2014}批` },
  city: { maxAge: 58, min: 2, years: 3, batch: (y: number) => `第${y - 2014}批` },
  county: { maxAge: 60, min: 3, years: 2, batch: (y: number) => `${y}年第一批` },
} as const;
const RULE_ROWS = {
  province: { level: 'province', maxAge: 58, minTitleLevel: '副高', excludedUnitKinds: [], source: 'bench' },
  city: { level: 'city', maxAge: 58, minTitleLevel: '中级', excludedUnitKinds: [], source: 'bench' },
  county: { level: 'county', maxAge: 60, minTitleLevel: '初级', excludedUnitKinds: [], source: 'bench' },
};

const addDays = (d: string, n: number) => isoDate(new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000));

/**
 * 科技特派员 at province scale (8,000; proportional at other scales): levels, batches, terms and 职称 as the seeded
 * level rules admit them (checked with the domain's engine), valid GB 11643 ID numbers sealed with one cipher
 * instance and their digests, phones, the status path of the workflow table with history and audit rows, and a 三方协议
 * with an enterprise of the county for most appointments (with its timeline event).
 */
export const commissionersPart: DataPart = {
  name: 'commissioners',
  description: '科技特派员 with sealed ID numbers, workflow history, 三方协议, audit rows and timeline events',
  async pendingReason(ctx) {
    for (const t of ['commissioner', 'commissioner_history', 'commissioner_agreement']) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261207-0449-commissioner)`;
    }
    return null;
  },
  async run(ctx) {
    const rng = ctx.rng.fork('commissioners');
    const cipher = personalData();
    const n = Math.max(1, Math.round((ctx.scale.enterprises * 8_000) / 100_000));
    const maxOf = async (table: string) =>
      (await ctx.exec<{ max: number | null }>(`select max(id) as max from ${table}`))[0].max ?? 0;
    const firstId = await maxOf('commissioner');
    const ids = {
      history: await maxOf('commissioner_history'),
      agreement: await maxOf('commissioner_agreement'),
      event: await maxOf('enterprise_event'),
    };
    const first = { ...ids };
    const byCounty = new Map<string, number[]>();
    for (const e of ctx.enterprises) byCounty.set(e.regionCode, [...(byCounty.get(e.regionCode) ?? []), e.id]);
    const names = new Map(
      (await ctx.exec<{ id: number; name: string }>('select id, name from enterprise')).map((r) => [r.id, r.name]),
    );
    const rows: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const agreements: Record<string, unknown>[] = [];
    const events: Record<string, unknown>[] = [];
    const flush = async () => {
      await bulkInsert(ctx.exec, 'commissioner', COLUMNS, rows.splice(0));
      await bulkInsert(ctx.exec, 'commissioner_history', HISTORY_COLUMNS, history.splice(0));
      await bulkInsert(ctx.exec, 'commissioner_agreement', AGREEMENT_COLUMNS, agreements.splice(0));
      await bulkInsert(ctx.exec, 'enterprise_event', EVENT_COLUMNS, events.splice(0));
      await ctx.audit.flush();
    };

    for (let i = 0; i < n; i++) {
      const id = firstId + i + 1;
      const county = ctx.counties[rng.int(0, ctx.counties.length - 1)];
      const level = rng.weighted(LEVELS, LEVEL_CUM);
      const rule = RULES[level];
      const start = isoDate(at(`${rng.int(2016, 2025)}-01-01`, rng.int(0, 200)));
      const year = Number(start.slice(0, 4));
      const termEnd = addDays(isoDate(at(`${year + rule.years}${start.slice(4)}`, 0)), -1);
      // Born so the age at the term's start is 28 … the limit, titles at or above the level's minimum.
      const age = rng.int(28, rule.maxAge);
      const birth = addDays(`${year - age - 1}${start.slice(4)}`, rng.int(1, 360));
      const [titleLevel, title] = TITLES[rng.int(0, rule.min)];
      const unitKind = rng.weighted(UNIT_KINDS, UNIT_CUM);
      const female = rng.chance(0.35);
      const check = checkEligibility({ birthDate: birth, titleLevel, unitKind }, RULE_ROWS[level], start);
      if (!check.passed) throw new Error(`commissioners part: ${check.checks.find((c) => !c.passed)!.message}`);
      // 公民身份号码: the county, the birth date, a sequence (odd for men), the GB 11643 check character.
      const seq = String((i % 499) * 2 + (female ? 2 : 1)).padStart(3, '0');
      const first17 = `${county.code}${birth.replaceAll('-', '')}${seq}`;
      const idNumber = first17 + idNumberCheckChar(first17);
      const final = rng.weighted(FINAL, FINAL_CUM);
      const appointed = ['appointed', 'expired', 'dismissed'].includes(final);
      // An appointment whose term has ended is 期满; one still running stays 已聘任.
      const status: CommissionerState =
        final === 'appointed' && termEnd < '2026-01-01'
          ? 'expired'
          : final === 'expired' && termEnd >= '2026-01-01'
            ? 'appointed'
            : final;
      const created = at(addDays(start, -60), 0, i % 3_600);
      let row: Record<string, unknown> = {
        id,
        region_code: county.code,
        name: `${SURNAMES[rng.int(0, SURNAMES.length - 1)]}${rng.pick(GIVEN)}`,
        gender: female ? '女' : '男',
        birth_date: birth,
        id_number_sealed: cipher.seal(idNumber),
        id_number_digest: cipher.digest(idNumber),
        phone: `139${String(rng.int(0, 99_999_999)).padStart(8, '0')}`,
        education: rng.pick(['本科', '硕士研究生', '博士研究生', '大专']),
        title,
        title_level: titleLevel,
        speciality: null,
        field: rng.pick(COMMISSIONER_FIELDS),
        unit_name:
          unitKind === '事业单位' ? `${county.name}${rng.pick(UNITS[unitKind]).slice(1)}` : rng.pick(UNITS[unitKind]),
        unit_kind: unitKind,
        level,
        batch: rule.batch(year),
        term_start: start,
        term_end: termEnd,
        status: 'applied',
        status_reason: null,
        appointed_on: null,
        created_at: created,
        created_by: ctx.actor.id,
        updated_at: created,
        updated_by: ctx.actor.id,
        version: 1,
      };
      const { id_number_sealed: _sealed, ...audited } = row;
      ctx.audit.add(ctx.actor, {
        at: created,
        action: 'commissioner.create',
        objectType: 'commissioner',
        objectId: id,
        regionCode: county.code,
        after: audited,
      });
      history.push({
        id: ++ids.history,
        commissioner_id: id,
        region_code: county.code,
        from_state: null,
        to_state: 'applied',
        on_date: isoDate(created),
        reason: null,
        actor_id: ctx.actor.id,
        actor_name: ctx.actor.name,
        at: created,
      });
      // Along the workflow table to the final state, a few days a move; the appointment on the term's start.
      let state: CommissionerState = 'applied';
      let day = isoDate(created);
      while (state !== status) {
        const t: CommissionerTransition =
          commissionerMovesFrom(state).find((m) => m.to === status) ??
          commissionerMovesFrom(state).find((m) => m.to !== 'dismissed' && m.to !== 'expired')!;
        day =
          t.move === 'appoint'
            ? start
            : t.move === 'expire'
              ? addDays(termEnd, 1)
              : t.move === 'dismiss'
                ? addDays(start, rng.int(90, 500))
                : addDays(day, rng.int(5, 15));
        const when = at(day, 0, i % 3_600);
        const reason = t.reasonRequired ? '调离原工作单位' : null;
        const next: Record<string, unknown> = {
          ...row,
          status: t.to,
          status_reason: reason ?? row.status_reason,
          appointed_on: t.move === 'appoint' ? day : row.appointed_on,
          version: Number(row.version) + 1,
          updated_at: when,
        };
        history.push({
          id: ++ids.history,
          commissioner_id: id,
          region_code: county.code,
          from_state: state,
          to_state: t.to,
          on_date: day,
          reason,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          at: when,
        });
        const { id_number_sealed: _b, ...before } = row;
        const { id_number_sealed: _a, ...after } = next;
        ctx.audit.add(ctx.actor, {
          at: when,
          action: `commissioner.${t.move}`,
          objectType: 'commissioner',
          objectId: id,
          regionCode: county.code,
          before,
          after,
          details: { from: state, to: t.to, on: day, reason },
        });
        row = next;
        state = t.to;
      }
      const enterprises = byCounty.get(county.code) ?? [];
      if (appointed && enterprises.length && rng.chance(0.7)) {
        const eid = enterprises[rng.int(0, enterprises.length - 1)];
        const agreementId = ++ids.agreement;
        const end = addDays(start, Math.min(364, Math.round((Date.parse(termEnd) - Date.parse(start)) / 86_400_000)));
        const when = at(start, 0, i % 3_600);
        const agreement = {
          id: agreementId,
          commissioner_id: id,
          region_code: county.code,
          enterprise_id: eid,
          object_name: names.get(eid) ?? `企业${eid}`,
          object_kind: '企业',
          service_days: rng.int(20, 60),
          tasks: `${String(row.field)}技术指导与培训`,
          start_on: start,
          end_on: end,
          created_at: when,
          created_by: ctx.actor.id,
          updated_at: when,
          updated_by: ctx.actor.id,
          version: 1,
        };
        agreements.push(agreement);
        ctx.audit.add(ctx.actor, {
          at: when,
          action: 'commissioner.agreement.create',
          objectType: 'commissioner_agreement',
          objectId: agreementId,
          regionCode: county.code,
          after: agreement,
          details: { commissionerId: id },
        });
        events.push({
          id: ++ids.event,
          enterprise_id: eid,
          region_code: county.code,
          at: when,
          module: 'commissioner',
          kind: 'agreement-signed',
          title: `与科技特派员${String(row.name)}签订三方协议`,
          detail: `${start} 至 ${end}`,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          ref_type: 'commissioner_agreement',
          ref_id: agreementId,
        });
      }
      rows.push(row);
      if (rows.length >= 2_000) await flush();
    }
    await flush();
    for (const t of ['commissioner', 'commissioner_history', 'commissioner_agreement', 'enterprise_event']) {
      await syncSequence(ctx.exec, t);
    }
    return {
      rows: {
        commissioner: n,
        commissioner_history: ids.history - first.history,
        commissioner_agreement: ids.agreement - first.agreement,
      },
    };
  },
};
