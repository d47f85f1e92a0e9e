import type { DemoContext } from '../../platform/module-kit/module';
import type { Kysely, Transaction } from 'kysely';
import { initialHistory } from '@kechuang/domain';
import { writeAudit, type Actor } from '../../platform/audit/audit.writer';
import type { DB } from '../../platform/db/schema';
import { recordEnterpriseEvent } from '../enterprise/timeline';

type State = 'preparing' | 'building' | 'recognized';

interface DemoPlatform {
  name: string;
  kind: string;
  level: string;
  status: State;
  /** The operator: a demo enterprise's name (looked up), or an institution's name (`institution`). */
  operator: string;
  institution?: boolean;
  members?: { name: string; institution?: boolean }[];
  field?: string;
  industry?: string;
  address?: string;
  siteArea?: string;
  staffCount?: number;
  preparingFrom?: string;
  establishedOn?: string;
  recognizedOn?: string;
  documentNo?: string;
  incubatees?: [string, string][];
}

/**
 * The county's platforms behind the 2022 H1 report (seed §一.2 and §一.5): 组建马铃薯产业联盟 (formed 2022-04),
 * 筹备建设鼎丰马铃薯、青龙管业、金麓银峰科研中心 (筹备 since 2022 H1), the provincial 孵化器 and 众创空间 the
 * evaluation round covers (recognised before 2022, with incubatees), and 建立引智引才基地2处 (recognised 2022 H1).
 * Document numbers and the institutions named as text are plausible stand-ins.
 */
const DEMO_PLATFORMS: DemoPlatform[] = [
  {
    name: '陇西县马铃薯产业技术创新联盟',
    kind: 'alliance',
    level: 'county',
    status: 'building',
    operator: '鼎丰马铃薯',
    members: [
      { name: '鼎丰马铃薯' },
      { name: '金麓银峰' },
      { name: '丰源薯业' },
      { name: '爱味客' },
      { name: '定西市农业科学研究院', institution: true },
    ],
    field: '马铃薯种薯繁育与精深加工',
    industry: '马铃薯产业',
    establishedOn: '2022-04-26',
  },
  ...(
    [
      ['鼎丰马铃薯', '鼎丰马铃薯脱毒种薯工程技术研究中心', '2022-03-15', '马铃薯脱毒种薯繁育'],
      ['青龙管业', '青龙管业管道新材料企业研发中心', '2022-05-10', '管道防腐与新材料'],
      ['金麓银峰', '金麓银峰马铃薯科研中心', '2022-06-08', '马铃薯新品种选育'],
    ] as const
  ).map(([operator, name, preparingFrom, field]) => ({
    name,
    kind: 'rd_center',
    level: 'city',
    status: 'preparing' as const,
    operator,
    field,
    preparingFrom,
  })),
  {
    name: '陇西县科技企业孵化器',
    kind: 'incubator',
    level: 'provincial',
    status: 'recognized',
    operator: '众智众创',
    field: '电子信息、生物医药、现代农业',
    address: '陇西县巩昌镇科技创业园',
    siteArea: '12600.00',
    staffCount: 16,
    establishedOn: '2017-05-08',
    recognizedOn: '2019-12-20',
    documentNo: '甘科高〔2019〕41号',
    incubatees: [
      ['维尔沃', '2020-03-02'],
      ['锦拓生物', '2020-09-15'],
      ['通试试剂', '2021-04-12'],
    ],
  },
  {
    name: '陇西渭水众创空间',
    kind: 'makerspace',
    level: 'provincial',
    status: 'recognized',
    operator: '陇西县青年创业服务中心',
    institution: true,
    field: '电子商务、农产品加工',
    address: '陇西县文峰镇渭水路',
    siteArea: '3200.00',
    staffCount: 7,
    establishedOn: '2018-06-01',
    recognizedOn: '2020-11-30',
    documentNo: '甘科高〔2020〕36号',
    incubatees: [
      ['仓宇包装', '2021-03-01'],
      ['佳伟农业', '2021-06-21'],
    ],
  },
  {
    name: '首阳中医药众创空间',
    kind: 'makerspace',
    level: 'provincial',
    status: 'recognized',
    operator: '首阳中药',
    field: '中药材种植与加工',
    address: '陇西县首阳镇',
    siteArea: '2800.00',
    staffCount: 6,
    establishedOn: '2019-09-01',
    recognizedOn: '2021-10-15',
    documentNo: '甘科高〔2021〕52号',
    incubatees: [['岐黄饮片', '2021-11-01']],
  },
  {
    name: '爱味客马铃薯加工引智基地',
    kind: 'talent_base',
    level: 'city',
    status: 'recognized',
    operator: '爱味客',
    field: '马铃薯精深加工',
    recognizedOn: '2022-05-18',
    documentNo: '定科发〔2022〕27号',
  },
  {
    name: '海升果业引智引才基地',
    kind: 'talent_base',
    level: 'city',
    status: 'recognized',
    operator: '海升果业',
    field: '果树栽培与果品加工',
    recognizedOn: '2022-06-10',
    documentNo: '定科发〔2022〕33号',
  },
];

/** The demo enterprises' ids by the short names the seed uses (their full names in demo-enterprises.ts). */
async function enterpriseIds(db: Kysely<DB>): Promise<Map<string, number>> {
  const { DEMO_ENTERPRISES } = await import('../../seed/demo-enterprises');
  const rows = await db
    .selectFrom('enterprise')
    .select(['id', 'name'])
    .where(
      'name',
      'in',
      DEMO_ENTERPRISES.map((e) => e.name),
    )
    .execute();
  const byName = new Map(rows.map((r) => [r.name, r.id]));
  return new Map(DEMO_ENTERPRISES.flatMap((e) => (byName.has(e.name) ? [[e.short, byName.get(e.name)!]] : [])));
}

const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

/** Loads the demo platforms in the demo transaction (the manifest's seedDemo hook). */
export async function seedDemoTechPlatforms(db: Kysely<DB>, actor: Actor, demo: DemoContext): Promise<void> {
  const trx = db as Transaction<DB>;
  const ids = await enterpriseIds(trx);
  const idOf = (short: string) => {
    const id = ids.get(short);
    if (!id) throw new Error(`demo enterprise ${short} is missing`);
    return id;
  };
  const region = demo.county.code;
  for (const d of DEMO_PLATFORMS) {
    const enterpriseId = d.institution ? null : idOf(d.operator);
    const p = await trx
      .insertInto('tech_platform')
      .values({
        region_code: region,
        name: d.name,
        kind: d.kind,
        level: d.level,
        status: d.status,
        enterprise_id: enterpriseId,
        operator_name: d.institution ? d.operator : null,
        field: d.field ?? null,
        industry: d.industry ?? null,
        address: d.address ?? null,
        site_area: d.siteArea ?? null,
        staff_count: d.staffCount ?? null,
        preparing_from: d.preparingFrom ?? null,
        established_on: d.establishedOn ?? null,
        recognized_on: d.recognizedOn ?? null,
        document_no: d.documentNo ?? null,
        created_by: null,
        updated_by: null,
      })
      .returning(['id'])
      .executeTakeFirstOrThrow();
    const members = (d.members ?? []).map((m) => ({
      platform_id: p.id,
      region_code: region,
      enterprise_id: m.institution ? null : idOf(m.name),
      name: m.name,
    }));
    for (const m of members) {
      if (m.enterprise_id) {
        m.name = (
          await trx.selectFrom('enterprise').select('name').where('id', '=', m.enterprise_id).executeTakeFirstOrThrow()
        ).name;
      }
    }
    if (members.length) await trx.insertInto('tech_platform_member').values(members).execute();
    await trx
      .insertInto('tech_platform_history')
      .values(
        initialHistory(d).map(({ from, to, on }) => ({
          platform_id: p.id,
          region_code: region,
          from_state: from,
          to_state: to,
          on_date: on,
          actor_id: actor.id,
          actor_name: actor.name,
        })),
      )
      .execute();
    const involved = [
      ...new Set([enterpriseId, ...members.map((m) => m.enterprise_id)].filter((x): x is number => !!x)),
    ];
    for (const enterpriseId of involved) {
      await recordEnterpriseEvent(trx, actor, {
        enterpriseId,
        regionCode: region,
        module: 'tech-platform',
        kind: 'platform-created',
        title: `登记创新平台：${d.name}`,
        ref: { type: 'tech_platform', id: p.id },
        at: at(d.preparingFrom ?? d.establishedOn ?? d.recognizedOn!),
      });
    }
    for (const [short, enteredOn] of d.incubatees ?? []) {
      await trx
        .insertInto('tech_platform_incubatee')
        .values({
          platform_id: p.id,
          region_code: region,
          enterprise_id: idOf(short),
          entered_on: enteredOn,
          created_by: null,
          updated_by: null,
        })
        .execute();
      await recordEnterpriseEvent(trx, actor, {
        enterpriseId: idOf(short),
        regionCode: region,
        module: 'tech-platform',
        kind: 'incubation-entered',
        title: `入驻${d.kind === 'incubator' ? '科技企业孵化器' : '众创空间'}：${d.name}`,
        detail: `入孵日期 ${enteredOn}`,
        ref: { type: 'tech_platform', id: p.id },
        at: at(enteredOn),
      });
    }
  }
  await writeAudit(trx, actor, {
    action: 'demo.seed-tech-platforms',
    regionCode: region,
    details: { platforms: DEMO_PLATFORMS.length },
  });
}
