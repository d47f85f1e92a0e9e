import { personalData } from '../../product';
import { cumulativeWeights } from '../../prng';
import { bulkInsert, syncSequence, type Column } from '../sql';
import { at, type DataPart, type EnterpriseRef, type GenContext } from '../context';
import { createUsers } from './users';

/** Service logs per enterprise of the register: 400,000 at province scale (100,000 enterprises). */
const LOGS_PER_ENTERPRISE = 4;
/** Commissioners generated when the roster part has written none: one per 50 enterprises. */
const ENTERPRISES_PER_COMMISSIONER = 50;
/** Commissioner accounts that sign in for (j), each linked to a commissioner of the import county. */
export const COMMISSIONER_ACCOUNTS = 16;

const TRACKED: Column[] = [
  ['created_at', 'timestamptz'],
  ['created_by', 'int4'],
  ['updated_at', 'timestamptz'],
  ['updated_by', 'int4'],
  ['version', 'int4'],
];
const COMMISSIONER_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['user_id', 'int4'],
  ['name', 'text'],
  ['gender', 'text'],
  ['birth_date', 'date'],
  ['id_number_sealed', 'text'],
  ['id_number_digest', 'text'],
  ['title_level', 'text'],
  ['unit_name', 'text'],
  ['unit_kind', 'text'],
  ['level', 'text'],
  ['batch', 'text'],
  ['term_start', 'date'],
  ['term_end', 'date'],
  ['status', 'text'],
  ['appointed_on', 'date'],
  ...TRACKED,
];
const LOG_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['region_code', 'text'],
  ['commissioner_id', 'int4'],
  ['served_on', 'date'],
  ['place', 'text'],
  ['enterprise_id', 'int4'],
  ['object_name', 'text'],
  ['content', 'text'],
  ['problems_solved', 'text'],
  ['trained_count', 'int4'],
  ['days', 'numeric'],
  ['status', 'text'],
  ['return_reason', 'text'],
  ['reviewed_on', 'date'],
  ['reviewed_by', 'int4'],
  ...TRACKED,
];
const HISTORY_COLUMNS: Column[] = [
  ['id', 'int4'],
  ['log_id', 'int4'],
  ['region_code', 'text'],
  ['from_state', 'text'],
  ['to_state', 'text'],
  ['reason', 'text'],
  ['actor_id', 'int4'],
  ['actor_name', 'text'],
  ['at', 'timestamptz'],
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙马胡朱郭何罗高林';
const GIVEN = ['建国', '立新', '文华', '志强', '海燕', '春梅', '永红', '国庆', '晓东', '丽娟', '振华', '玉兰'];
const CONTENTS = [
  ['马铃薯脱毒种薯繁育技术指导', '网棚蚜虫防控'],
  ['中药材规范化种植培训', '当归早期抽薹'],
  ['草食畜养殖技术服务', '饲草青贮质量'],
  ['设施蔬菜病虫害绿色防控', '白粉病蔓延'],
  ['农产品加工工艺改进', '产品保质期短'],
  ['企业研发项目申报辅导', '项目材料不规范'],
] as const;
const STATUSES = ['confirmed', 'pending', 'returned'] as const;
const STATUS_CUM = cumulativeWeights([85, 11, 4]);
const LEVELS = ['county', 'city', 'province'] as const;
const LEVEL_CUM = cumulativeWeights([70, 20, 10]);

/** A commissioner as the logs need it. */
interface Appointment {
  id: number;
  regionCode: string;
  termStart: string;
  termEnd: string;
}

const dayOf = (iso: string) => Math.round(Date.parse(`${iso}T00:00:00Z`) / 86_400_000);
const isoOf = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * 科技特派员 service logs (docs/rules.md §5.1.1): four per enterprise (400,000 at province scale) over the scale's
 * years, each inside its commissioner's term with at most one a date, 85% confirmed, 11% pending, 4% returned, a
 * tenth of them half days, most at an enterprise of the commissioner's county; the history rows and audit rows of
 * each create and review. The roster part writes the commissioners; where it has not (this branch), this part
 * generates one per 50 enterprises. 16 commissioners of the import county get an account (bench_tpy01…) for (j).
 */
/** The year operation (j) reads a commissioner's day count and logs for: its accounts serve in it. */
export const COMMISSIONER_YEAR = 2024;

export const commissionerLogsPart: DataPart = {
  name: 'commissioner-logs',
  description: '科技特派员 service logs with review history, audit rows and commissioner accounts',
  async pendingReason(ctx) {
    for (const t of ['commissioner', 'commissioner_service_log', 'commissioner_service_log_history']) {
      if (!ctx.tables.has(t)) return `table "${t}" does not exist yet (migration 20261207-0600-commissioner-logs)`;
    }
    return null;
  },
  async run(ctx: GenContext) {
    const rng = ctx.rng.fork('commissioner-logs');
    const rows: Record<string, number> = {};
    const years = ctx.scale.years;
    const first = `${years[0]}-01-01`;
    const last = `${years[years.length - 1]}-12-31`;
    let appointments = await existing(ctx, first, last);
    if (!appointments.length) {
      appointments = await generateCommissioners(ctx, first, last);
      rows.commissioner = appointments.length;
    }
    const accounts = await linkAccounts(ctx, appointments);
    const byCounty = new Map<string, EnterpriseRef[]>();
    for (const e of ctx.enterprises) {
      const list = byCounty.get(e.regionCode) ?? [];
      list.push(e);
      byCounty.set(e.regionCode, list);
    }
    const total = ctx.scale.enterprises * LOGS_PER_ENTERPRISE;
    const [{ maxLog }] = await ctx.exec<{ maxLog: number | null }>(
      'select max(id) as "maxLog" from commissioner_service_log',
    );
    const [{ maxHist }] = await ctx.exec<{ maxHist: number | null }>(
      'select max(id) as "maxHist" from commissioner_service_log_history',
    );
    let logId = maxLog ?? 0;
    let histId = maxHist ?? 0;
    const logs: Record<string, unknown>[] = [];
    const history: Record<string, unknown>[] = [];
    const flush = async () => {
      await bulkInsert(ctx.exec, 'commissioner_service_log', LOG_COLUMNS, logs.splice(0));
      await bulkInsert(ctx.exec, 'commissioner_service_log_history', HISTORY_COLUMNS, history.splice(0));
      await ctx.audit.flush();
    };
    let written = 0;
    for (const [k, c] of appointments.entries()) {
      // An even share each, the remainder to the first ones.
      const share = Math.floor(total / appointments.length) + (k < total % appointments.length ? 1 : 0);
      const from = Math.max(dayOf(first), dayOf(c.termStart));
      const to = Math.min(dayOf(last), dayOf(c.termEnd));
      const span = to - from + 1;
      if (span <= 0) continue;
      const n = Math.min(share, span);
      const dates = new Set<number>();
      while (dates.size < n) dates.add(from + rng.int(0, span - 1));
      const county = byCounty.get(c.regionCode) ?? [];
      for (const day of [...dates].sort((a, b) => a - b)) {
        const servedOn = isoOf(day);
        const [content, problem] = rng.pick(CONTENTS);
        const e = county.length && rng.chance(0.6) ? rng.pick(county) : null;
        const status = rng.weighted(STATUSES, STATUS_CUM);
        const createdAt = at(servedOn, 0, 3600 * 9);
        const reviewedAt = at(servedOn, rng.int(1, 10), 3600 * 2);
        const id = ++logId;
        const log = {
          id,
          region_code: c.regionCode,
          commissioner_id: c.id,
          served_on: servedOn,
          place: e ? '企业生产现场' : '村委会',
          enterprise_id: e?.id ?? null,
          object_name: e ? `企业${e.id}` : `第${rng.int(1, 30)}村种植专业合作社`,
          content,
          problems_solved: `解决${problem}问题`,
          trained_count: rng.int(0, 60),
          days: rng.chance(0.1) ? '0.5' : '1.0',
          status,
          return_reason: status === 'returned' ? '请补充服务成效和培训人数' : null,
          reviewed_on: status === 'pending' ? null : isoOf(dayOf(servedOn) + 5),
          reviewed_by: status === 'pending' ? null : ctx.actor.id,
          created_at: createdAt,
          created_by: ctx.actor.id,
          updated_at: status === 'pending' ? createdAt : reviewedAt,
          updated_by: ctx.actor.id,
          version: status === 'pending' ? 1 : 2,
        };
        logs.push(log);
        history.push({
          id: ++histId,
          log_id: id,
          region_code: c.regionCode,
          from_state: null,
          to_state: 'pending',
          reason: null,
          actor_id: ctx.actor.id,
          actor_name: ctx.actor.name,
          at: createdAt,
        });
        ctx.audit.add(ctx.actor, {
          at: createdAt,
          action: 'commissioner.service-log.create',
          objectType: 'commissioner_service_log',
          objectId: id,
          regionCode: c.regionCode,
          after: { ...log, status: 'pending', version: 1, reviewed_on: null, reviewed_by: null, return_reason: null },
        });
        if (status !== 'pending') {
          history.push({
            id: ++histId,
            log_id: id,
            region_code: c.regionCode,
            from_state: 'pending',
            to_state: status,
            reason: log.return_reason,
            actor_id: ctx.actor.id,
            actor_name: ctx.actor.name,
            at: reviewedAt,
          });
          ctx.audit.add(ctx.actor, {
            at: reviewedAt,
            action: 'commissioner.service-log.review',
            objectType: 'commissioner_service_log',
            objectId: id,
            regionCode: c.regionCode,
            details: { from: 'pending', to: status, reason: log.return_reason },
          });
        }
        written++;
      }
      if (logs.length >= 20_000) await flush();
    }
    await flush();
    await syncSequence(ctx.exec, 'commissioner_service_log');
    await syncSequence(ctx.exec, 'commissioner_service_log_history');
    rows.commissioner_service_log = written;
    rows.commissioner_service_log_history = histId - (maxHist ?? 0);
    ctx.facts.commissionerAccounts = accounts;
    ctx.log(`  ${written} service logs of ${appointments.length} commissioners; accounts ${accounts.join(', ')}`);
    return { rows };
  },
};

/** The roster's commissioners who were appointed (serving, since 期满 or 解聘) with a term within the years. */
async function existing(ctx: GenContext, first: string, last: string): Promise<Appointment[]> {
  const rows = await ctx.exec<{ id: number; region_code: string; term_start: string; term_end: string }>(
    `select id, region_code, to_char(term_start, 'YYYY-MM-DD') as term_start, to_char(term_end, 'YYYY-MM-DD') as term_end
       from commissioner
      where appointed_on is not null and term_start <= $2 and term_end >= $1
      order by id`,
    [first, last],
  );
  return rows.map((r) => ({ id: r.id, regionCode: r.region_code, termStart: r.term_start, termEnd: r.term_end }));
}

/** Appointed commissioners spread over the counties (a tenth at province, a fifth at city level). */
async function generateCommissioners(ctx: GenContext, first: string, last: string): Promise<Appointment[]> {
  const rng = ctx.rng.fork('commissioners');
  const n = Math.max(COMMISSIONER_ACCOUNTS, Math.round(ctx.scale.enterprises / ENTERPRISES_PER_COMMISSIONER));
  const [{ max }] = await ctx.exec<{ max: number | null }>('select max(id) as max from commissioner');
  const cipher = personalData();
  const created = at(first, -30);
  const rows = Array.from({ length: n }, (_, i) => {
    // The import county first, so the (j) accounts have commissioners there.
    const county =
      i < COMMISSIONER_ACCOUNTS
        ? (ctx.counties.find((c) => c.code === ctx.scale.importCounty) ?? ctx.counties[0])
        : rng.pick(ctx.counties);
    const level = rng.weighted(LEVELS, LEVEL_CUM);
    const idNumber = `${county.code}19${String(60 + (i % 35)).padStart(2, '0')}0101${String(i % 1000).padStart(3, '0')}X`;
    return {
      id: (max ?? 0) + i + 1,
      region_code: county.code,
      user_id: null,
      name: `${SURNAMES[i % SURNAMES.length]}${GIVEN[(i * 7) % GIVEN.length]}`,
      gender: i % 3 ? '男' : '女',
      birth_date: `19${60 + (i % 35)}-01-01`,
      id_number_sealed: cipher.seal(idNumber),
      id_number_digest: cipher.digest(idNumber),
      title_level: rng.pick(['正高', '副高', '中级']),
      unit_name: rng.pick(['甘肃农业大学', '甘肃省农业科学院', '市农业科学研究院', '县农业技术推广中心']),
      unit_kind: rng.pick(['高校', '科研院所', '事业单位']),
      level,
      batch: '第七批',
      term_start: first,
      term_end: last,
      status: 'appointed',
      appointed_on: first,
      created_at: created,
      created_by: ctx.actor.id,
      updated_at: created,
      updated_by: ctx.actor.id,
      version: 1,
    };
  });
  await bulkInsert(ctx.exec, 'commissioner', COMMISSIONER_COLUMNS, rows);
  await syncSequence(ctx.exec, 'commissioner');
  for (const r of rows) {
    ctx.audit.add(ctx.actor, {
      at: created,
      action: 'commissioner.create',
      objectType: 'commissioner',
      objectId: r.id,
      regionCode: r.region_code,
      after: { ...r, id_number_sealed: '[sealed]' },
    });
  }
  return rows.map((r) => ({ id: r.id, regionCode: r.region_code, termStart: first, termEnd: last }));
}

/** Accounts bench_tpy01… (role commissioner) linked to commissioners of the import county, or any. */
async function linkAccounts(ctx: GenContext, appointments: Appointment[]): Promise<string[]> {
  // Accounts for commissioners serving in the year (j) reads, of the import county first.
  const serving = appointments.filter(
    (a) => a.termStart <= `${COMMISSIONER_YEAR}-12-31` && a.termEnd >= `${COMMISSIONER_YEAR}-01-01`,
  );
  const local = serving.filter((a) => a.regionCode === ctx.scale.importCounty);
  const chosen = [...local, ...serving.filter((a) => a.regionCode !== ctx.scale.importCounty)].slice(
    0,
    COMMISSIONER_ACCOUNTS,
  );
  const users = await createUsers(
    ctx,
    chosen.map((a, i) => ({
      username: `bench_tpy${String(i + 1).padStart(2, '0')}`,
      role: 'commissioner',
      regionCode: a.regionCode,
      purpose: '(j) commissioner',
      displayName: `科技特派员${i + 1}`,
    })),
    at('2021-12-20', 0),
  );
  for (const [i, a] of chosen.entries()) {
    await ctx.exec('update commissioner set user_id = $1 where id = $2', [users[i]!.id, a.id]);
  }
  return users.map((u) => u.username);
}
