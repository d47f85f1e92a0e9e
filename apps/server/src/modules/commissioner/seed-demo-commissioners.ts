import type { Kysely, Transaction } from 'kysely';
import { chinaToday, commissionerMovesFrom, idNumberCheckChar, type CommissionerState } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import { personalData } from '../../platform/crypto/personal-data';
import type { DB } from '../../platform/db/schema';
import type { DemoContext } from '../../platform/module-kit/module';
import { recordEnterpriseEvent } from '../enterprise/timeline';
import { defaultTermEnd, eligibilityOf, levelRules } from './level-rules';

interface DemoPerson {
  name: string;
  gender: '男' | '女';
  birthDate: string;
  /** Region of birth (the ID number's first 6 digits) and the sequence (odd for men, even for women). */
  born: string;
  seq: string;
  phone: string;
  education: string;
  title: string;
  titleLevel: string;
  speciality: string;
  field: string;
  unitName: string;
  unitKind: string;
  /** The sending unit is a demo enterprise (its full name). */
  unitIsEnterprise?: boolean;
  level: 'city' | 'county';
  batch: string;
  termStart: string;
  termEnd?: string;
  teamName?: string;
  status: CommissionerState;
  appointedOn?: string;
  /** The demo login linked (by username). */
  username?: string;
  /** 三方协议: the demo enterprise's full name or a named entity with its kind, and the dates. */
  agreements?: {
    enterprise?: string;
    object?: [string, string];
    days: number;
    tasks: string;
    from: string;
    to: string;
  }[];
}

const COUNTY_BATCH = '2022年第一批';

/**
 * The county's commissioners (the 2022 H1 report, 一.5; docs/rules.md §0.2): 聘任县级科技特派员*名 — six county-level commissioners appointed in
 * 2022 H1 (the report masks the count), one of them 赵立新, the demo login `tpy`, whose term runs through 2027; the
 * five 第七批 city-level commissioners appointed in 2021 that the county sent to the 2022 training; and applicants
 * of the next batch so the workflow shows. An appointment whose term has ended by the day of seeding is loaded as
 * 期满 (what the daily job does). Everyone meets their level's rule (docs/rules.md §5.1); names, ID
 * numbers (valid GB 11643 check digits) and phones are made up.
 */
const PEOPLE: DemoPerson[] = [
  {
    name: '赵立新',
    gender: '男',
    birthDate: '1978-04-12',
    born: '621122',
    seq: '031',
    phone: '13909321108',
    education: '本科',
    title: '高级农艺师',
    titleLevel: '副高',
    speciality: '马铃薯脱毒种薯繁育',
    field: '马铃薯产业',
    unitName: '陇西县农业技术推广中心',
    unitKind: '事业单位',
    level: 'county',
    batch: COUNTY_BATCH,
    termStart: '2022-01-01',
    termEnd: '2027-12-31',
    teamName: '陇西县马铃薯产业科技特派团',
    status: 'appointed',
    appointedOn: '2022-02-18',
    username: 'tpy',
    agreements: [
      {
        enterprise: '甘肃鼎丰马铃薯种业有限公司',
        days: 60,
        tasks: '脱毒种薯扩繁技术指导，培训种薯生产技术人员',
        from: '2022-03-01',
        to: '2022-12-31',
      },
      {
        object: ['首阳镇马铃薯种植专业合作社', '合作社'],
        days: 30,
        tasks: '马铃薯标准化种植与病虫害绿色防控示范',
        from: '2022-03-01',
        to: '2023-02-28',
      },
      {
        enterprise: '甘肃鼎丰马铃薯种业有限公司',
        days: 60,
        tasks: '原原种雾培生产技术优化，新品种引进试验',
        from: '2026-01-01',
        to: '2026-12-31',
      },
    ],
  },
  {
    name: '王秀兰',
    gender: '女',
    birthDate: '1969-09-03',
    born: '621122',
    seq: '046',
    phone: '13830215562',
    education: '大专',
    title: '农艺师',
    titleLevel: '中级',
    speciality: '党参、黄芪规范化种植',
    field: '中药材',
    unitName: '陇西县中药材产业发展中心',
    unitKind: '事业单位',
    level: 'county',
    batch: COUNTY_BATCH,
    termStart: '2022-03-20',
    status: 'appointed',
    appointedOn: '2022-03-20',
    agreements: [
      {
        enterprise: '甘肃首阳山中药科技有限公司',
        days: 40,
        tasks: '道地药材种植基地技术服务',
        from: '2022-04-01',
        to: '2023-03-31',
      },
    ],
  },
  {
    name: '刘建军',
    gender: '男',
    birthDate: '1972-11-21',
    born: '621102',
    seq: '015',
    phone: '13993247730',
    education: '本科',
    title: '高级畜牧师',
    titleLevel: '副高',
    speciality: '肉牛肉羊养殖与疫病防控',
    field: '畜牧养殖',
    unitName: '陇西县畜牧兽医中心',
    unitKind: '事业单位',
    level: 'county',
    batch: COUNTY_BATCH,
    termStart: '2022-04-08',
    status: 'appointed',
    appointedOn: '2022-04-08',
    agreements: [
      {
        enterprise: '陇西希诺农牧业有限公司',
        days: 40,
        tasks: '规模化养殖场疫病防控与饲草调制技术指导',
        from: '2022-04-15',
        to: '2023-04-14',
      },
    ],
  },
  {
    name: '陈永福',
    gender: '男',
    birthDate: '1985-02-14',
    born: '621122',
    seq: '057',
    phone: '15109324471',
    education: '本科',
    title: '助理农艺师',
    titleLevel: '初级',
    speciality: '马铃薯种薯质量检测',
    field: '马铃薯产业',
    unitName: '甘肃鼎丰马铃薯种业有限公司',
    unitKind: '企业',
    unitIsEnterprise: true,
    level: 'county',
    batch: COUNTY_BATCH,
    termStart: '2022-04-25',
    status: 'appointed',
    appointedOn: '2022-04-25',
    agreements: [
      {
        enterprise: '甘肃爱味客马铃薯加工有限公司',
        days: 30,
        tasks: '加工专用薯原料基地种薯供应与质量检测',
        from: '2022-05-01',
        to: '2023-04-30',
      },
    ],
  },
  {
    name: '马丽娟',
    gender: '女',
    birthDate: '1980-07-30',
    born: '620102',
    seq: '068',
    phone: '13519321986',
    education: '硕士研究生',
    title: '工程师',
    titleLevel: '中级',
    speciality: '果蔬贮藏与加工',
    field: '农产品加工',
    unitName: '甘肃农业大学',
    unitKind: '高校',
    level: 'county',
    batch: COUNTY_BATCH,
    termStart: '2022-05-16',
    status: 'appointed',
    appointedOn: '2022-05-16',
    agreements: [
      {
        enterprise: '陇西远达食品有限公司',
        days: 30,
        tasks: '净菜加工工艺改进与保鲜技术服务',
        from: '2022-06-01',
        to: '2023-05-31',
      },
    ],
  },
  {
    name: '杨志刚',
    gender: '男',
    birthDate: '1966-12-05',
    born: '621121',
    seq: '013',
    phone: '13809320655',
    education: '博士研究生',
    title: '研究员',
    titleLevel: '正高',
    speciality: '马铃薯新品种选育',
    field: '马铃薯产业',
    unitName: '定西市农业科学研究院',
    unitKind: '科研院所',
    level: 'county',
    batch: COUNTY_BATCH,
    termStart: '2022-06-10',
    status: 'appointed',
    appointedOn: '2022-06-10',
    agreements: [
      {
        enterprise: '甘肃丰源薯业有限公司',
        days: 40,
        tasks: '新品种示范推广与淀粉加工专用品种筛选',
        from: '2022-06-15',
        to: '2023-06-14',
      },
    ],
  },
  ...(
    [
      [
        '李春华',
        '女',
        '1970-03-15',
        '621102',
        '024',
        '高级农艺师',
        '副高',
        '定西市农业科学研究院',
        '科研院所',
        '马铃薯产业',
      ],
      ['张国栋', '男', '1968-08-22', '620102', '037', '教授', '正高', '甘肃农业大学', '高校', '种植业'],
      ['孙海燕', '女', '1976-01-09', '621102', '082', '兽医师', '中级', '定西市畜牧兽医研究所', '科研院所', '畜牧养殖'],
      [
        '周文斌',
        '男',
        '1973-10-30',
        '621122',
        '019',
        '高级工程师',
        '副高',
        '甘肃青龙管业有限责任公司',
        '企业',
        '工业制造',
      ],
      ['何晓梅', '女', '1982-06-17', '621121', '026', '农艺师', '中级', '定西市中药材研究所', '科研院所', '中药材'],
    ] as const
  ).map(([name, gender, birthDate, born, seq, title, titleLevel, unitName, unitKind, field], i): DemoPerson => ({
    name,
    gender,
    birthDate,
    born,
    seq,
    phone: `1399321${String(2041 + i * 17).padStart(4, '0')}`,
    education: '本科',
    title,
    titleLevel,
    speciality: `${field}技术服务`,
    field,
    unitName,
    unitKind,
    unitIsEnterprise: unitKind === '企业',
    level: 'city',
    batch: '第七批',
    termStart: '2021-05-10',
    status: 'expired',
    appointedOn: '2021-05-10',
  })),
  ...(
    [
      [
        '吴建平',
        '男',
        '1979-05-05',
        '621122',
        '071',
        '工程师',
        '中级',
        '甘肃爱味客马铃薯加工有限公司',
        '企业',
        '农产品加工',
        'applied',
      ],
      [
        '郑红霞',
        '女',
        '1983-11-11',
        '621122',
        '088',
        '助理研究员',
        '初级',
        '陇西县农业科学研究所',
        '科研院所',
        '种植业',
        'applied',
      ],
      [
        '高永强',
        '男',
        '1975-09-09',
        '621122',
        '093',
        '高级农艺师',
        '副高',
        '陇西县果业发展中心',
        '事业单位',
        '果蔬',
        'reviewed',
      ],
    ] as const
  ).map(
    ([name, gender, birthDate, born, seq, title, titleLevel, unitName, unitKind, field, status], i): DemoPerson => ({
      name,
      gender,
      birthDate,
      born,
      seq,
      phone: `1389321${String(3105 + i * 23).padStart(4, '0')}`,
      education: '本科',
      title,
      titleLevel,
      speciality: `${field}技术服务`,
      field,
      unitName,
      unitKind,
      unitIsEnterprise: unitKind === '企业',
      level: 'county',
      batch: '2027年第一批',
      termStart: '2027-01-01',
      status,
    }),
  ),
];

/** A valid 18-digit ID number for a demo person. */
export function demoIdNumber(p: Pick<DemoPerson, 'born' | 'birthDate' | 'seq'>): string {
  const first17 = `${p.born}${p.birthDate.replaceAll('-', '')}${p.seq}`;
  return first17 + idNumberCheckChar(first17);
}

/** The states a demo row passed through, with the day of each move. */
function demoHistory(
  p: DemoPerson,
  termEnd: string,
): { from: CommissionerState | null; to: CommissionerState; on: string }[] {
  const path: CommissionerState[] = ['applied'];
  while (path.at(-1) !== p.status) {
    const next = commissionerMovesFrom(path.at(-1)!).find((t) => t.to !== 'dismissed')!;
    path.push(next.to);
  }
  const appointed = p.appointedOn ?? '2026-11-20';
  const day: Record<CommissionerState, string> = {
    applied: p.appointedOn ? addMonths(appointed, -2) : '2026-11-02',
    recommended: p.appointedOn ? addMonths(appointed, -1) : '2026-11-10',
    reviewed: p.appointedOn ? addDays(appointed, -20) : '2026-11-20',
    publicised: p.appointedOn ? addDays(appointed, -10) : '2026-11-25',
    appointed,
    expired: addDays(termEnd, 1),
    dismissed: appointed,
  };
  return path.map((to, i) => ({ from: i === 0 ? null : path[i - 1], to, on: day[to] }));
}

const shift = (date: string, f: (d: Date) => void) => {
  const d = new Date(`${date}T00:00:00Z`);
  f(d);
  return d.toISOString().slice(0, 10);
};
const addDays = (date: string, n: number) => shift(date, (d) => d.setUTCDate(d.getUTCDate() + n));
const addMonths = (date: string, n: number) => shift(date, (d) => d.setUTCMonth(d.getUTCMonth() + n));
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/** Loads the demo commissioners and their agreements in the demo transaction (the manifest's seedDemo hook). */
export async function seedDemoCommissioners(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const region = demo.county.code;
  const cipher = personalData();
  const rules = new Map((await levelRules(trx)).map((r) => [r.level, r]));
  const enterprises = new Map(
    (await trx.selectFrom('enterprise').select(['id', 'name', 'region_code']).execute()).map((e) => [e.name, e]),
  );
  const enterprise = (name: string) => {
    const e = enterprises.get(name);
    if (!e) throw new Error(`demo enterprise ${name} is missing`);
    return e;
  };
  const tpy = await trx.selectFrom('app_user').select('id').where('username', '=', 'tpy').executeTakeFirst();
  const ids: number[] = [];
  const today = demo.today ?? chinaToday(); // the day the demo county lives until, or the clock's
  for (const demoPerson of PEOPLE) {
    const rule = rules.get(demoPerson.level)!;
    const termEnd = demoPerson.termEnd ?? defaultTermEnd(demoPerson.termStart, rule.term_years);
    // An appointment whose term has ended is 期满, as the daily job would have marked it.
    const ended = demoPerson.status === 'appointed' && termEnd < today;
    const p: DemoPerson = ended ? { ...demoPerson, status: 'expired' } : demoPerson;
    const row = { birth_date: p.birthDate, title_level: p.titleLevel, unit_kind: p.unitKind };
    if (!eligibilityOf(row, rule, p.appointedOn ?? p.termStart).passed) {
      throw new Error(`demo ${p.name} is not eligible`);
    }
    const idNumber = demoIdNumber(p);
    const c = await trx
      .insertInto('commissioner')
      .values({
        region_code: region,
        user_id: p.username === 'tpy' ? (tpy?.id ?? null) : null,
        name: p.name,
        gender: p.gender,
        birth_date: p.birthDate,
        id_number_sealed: cipher.seal(idNumber),
        id_number_digest: cipher.digest(idNumber),
        phone: p.phone,
        education: p.education,
        title: p.title,
        title_level: p.titleLevel,
        speciality: p.speciality,
        field: p.field,
        unit_name: p.unitName,
        unit_kind: p.unitKind,
        unit_enterprise_id: p.unitIsEnterprise ? enterprise(p.unitName).id : null,
        level: p.level,
        batch: p.batch,
        term_start: p.termStart,
        term_end: termEnd,
        team_name: p.teamName ?? null,
        status: p.status,
        appointed_on: p.appointedOn ?? null,
        created_by: actor.id,
        updated_by: actor.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.push(c.id);
    await trx
      .insertInto('commissioner_history')
      .values(
        demoHistory(p, termEnd).map((h) => ({
          commissioner_id: c.id,
          region_code: region,
          from_state: h.from,
          to_state: h.to,
          on_date: h.on,
          reason: h.to === 'expired' ? `任期于 ${termEnd} 届满` : null,
          actor_id: actor.id,
          actor_name: actor.name,
          at: at(h.on),
        })),
      )
      .execute();
    for (const a of p.agreements ?? []) {
      const e = a.enterprise ? enterprise(a.enterprise) : null;
      const agreement = await trx
        .insertInto('commissioner_agreement')
        .values({
          commissioner_id: c.id,
          region_code: region,
          enterprise_id: e?.id ?? null,
          object_name: e?.name ?? a.object![0],
          object_kind: e ? '企业' : a.object![1],
          service_days: a.days,
          tasks: a.tasks,
          start_on: a.from,
          end_on: a.to,
          created_by: actor.id,
          updated_by: actor.id,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (e) {
        await recordEnterpriseEvent(trx, actor, {
          enterpriseId: e.id,
          regionCode: e.region_code,
          module: 'commissioner',
          kind: 'agreement-signed',
          title: `与科技特派员${p.name}签订三方协议`,
          detail: `${a.from} 至 ${a.to}：${a.tasks}`,
          ref: { type: 'commissioner_agreement', id: agreement.id },
          at: at(a.from),
        });
      }
    }
  }
  await writeAudit(trx, actor, {
    action: 'demo.seed-commissioners',
    objectType: 'commissioner',
    regionCode: region,
    details: { commissioners: ids.length },
  });
}
